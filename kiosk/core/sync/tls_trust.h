#pragma once

#include "kiosk/core/config/device_settings.h"

#include <boost/program_options/options_description.hpp>

#include <optional>
#include <string>

namespace storepulse::kiosk {

// What the kiosk trusts when it speaks https://, and whether it may speak plain http:// beyond
// loopback.
struct tls_trust {
  std::string ca_file;  // PEM certificates of the authorities to trust; empty: the system's store
  std::string pin;      // the server's key as "sha256/BASE64"; when set, only the key is checked
  bool allow_plain_http = false;

  bool operator==(const tls_trust&) const = default;
};

// Returns the trust the settings keep.
tls_trust trust_of(const device_settings& settings);

// The TLS flags of the kiosk app and the simulator; unset ones leave the settings alone.
struct tls_flags {
  std::optional<std::string> ca_file;  // empty: back to the system's store
  std::optional<std::string> pin;      // empty: no pin
  std::optional<bool> allow_plain_http;
};

// Adds --ca-file, --pin-sha256 and --allow-plain-http to a command line; notify() fills flags.
void add_tls_options(boost::program_options::options_description& options, tls_flags& flags);
// Checks the flags and writes them into the settings (not saved); false with a reason when a pin is
// malformed or a CA file unusable. A CA file is kept as an absolute path.
bool apply_tls_flags(device_settings& settings, const tls_flags& flags, std::string& error);
// Returns why a CA file cannot be used (unreadable, no certificate), or empty.
std::string ca_file_problem(const std::string& path);

}  // namespace storepulse::kiosk
