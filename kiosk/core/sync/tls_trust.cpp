#include "kiosk/core/sync/tls_trust.h"

#include "kiosk/core/sync/public_key_pin.h"

#include <boost/asio/ssl/context.hpp>
#include <boost/program_options/value_semantic.hpp>

#include <filesystem>

namespace storepulse::kiosk {

namespace po = boost::program_options;

tls_trust trust_of(const device_settings& settings) {
  return {settings.ca_file, settings.server_key_pin, settings.allow_plain_http};
}

void add_tls_options(po::options_description& options, tls_flags& flags) {
  // clang-format off
  options.add_options()
    ("ca-file", po::value<std::string>()->notifier([&flags](const std::string& v) { flags.ca_file = v; }),
     "PEM file of the authorities that sign the server's certificate, instead of the system's trust store "
     "(saved in the settings; '' to go back)")
    ("pin-sha256", po::value<std::string>()->notifier([&flags](const std::string& v) { flags.pin = v; }),
     "the server's public key pin, sha256/BASE64 or 64 hex digits, as 'storepulse-admin issue-codes "
     "--tls-certificate' prints it: only that key is trusted (saved in the settings; '' to remove)")
    ("allow-plain-http",
     po::value<bool>()->implicit_value(true)->notifier([&flags](bool v) { flags.allow_plain_http = v; }),
     "allow plain http:// to a server beyond loopback (saved in the settings; =no to withdraw)");
  // clang-format on
}

bool apply_tls_flags(device_settings& settings, const tls_flags& flags, std::string& error) {
  std::optional<std::string> pin;
  if (flags.pin && !flags.pin->empty()) {
    auto parsed = public_key_pin::parse(*flags.pin);
    if (!parsed) {
      error = "\"" + *flags.pin + "\" is not a SHA-256 key pin (sha256/BASE64 or 64 hex digits).";
      return false;
    }
    pin = parsed->to_string();
  }
  std::string ca_file;
  if (flags.ca_file && !flags.ca_file->empty()) {
    if (auto problem = ca_file_problem(*flags.ca_file); !problem.empty()) {
      error = problem;
      return false;
    }
    // The kiosk's service may start in another folder.
    ca_file = std::filesystem::absolute(*flags.ca_file).lexically_normal().string();
  }
  if (flags.pin) settings.server_key_pin = pin.value_or("");
  if (flags.ca_file) settings.ca_file = ca_file;
  if (flags.allow_plain_http) settings.allow_plain_http = *flags.allow_plain_http;
  return true;
}

std::string ca_file_problem(const std::string& path) {
  boost::asio::ssl::context context(boost::asio::ssl::context::tls_client);
  boost::system::error_code ec;
  context.load_verify_file(path, ec);
  if (ec) return "The CA file " + path + " cannot be used: " + ec.message() + ".";
  return {};
}

}  // namespace storepulse::kiosk
