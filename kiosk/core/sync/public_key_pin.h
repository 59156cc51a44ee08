#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

struct x509_st;

namespace storepulse::kiosk {

// The SHA-256 of a server's public key (its DER SubjectPublicKeyInfo), the form HPKP and curl's
// --pinnedpubkey use. It survives a certificate renewal that keeps the key.
struct public_key_pin {
  std::array<unsigned char, 32> sha256{};

  // Returns the pin from "sha256/BASE64", plain base64 or 64 hex digits (colons allowed).
  static std::optional<public_key_pin> parse(std::string_view text);
  // Returns the pin of a certificate's public key.
  static public_key_pin of(x509_st* certificate);
  // Returns "sha256/BASE64", the form the settings and the admin tool use.
  std::string to_string() const;
  // Returns "sha256/" and the first 12 base64 characters, for screens.
  std::string short_form() const;

  bool operator==(const public_key_pin&) const = default;
};

}  // namespace storepulse::kiosk
