#include "kiosk/core/sync/public_key_pin.h"

#include <openssl/evp.h>
#include <openssl/x509.h>
#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace storepulse::kiosk {

namespace {

constexpr std::string_view prefix = "sha256/";

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

std::optional<public_key_pin> parse_hex(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (c != ':') digits.push_back(c);
  }
  public_key_pin pin;
  if (digits.size() != pin.sha256.size() * 2) return std::nullopt;
  for (std::size_t i = 0; i < pin.sha256.size(); ++i) {
    int high = hex_value(digits[2 * i]), low = hex_value(digits[2 * i + 1]);
    if (high < 0 || low < 0) return std::nullopt;
    pin.sha256[i] = static_cast<unsigned char>(high * 16 + low);
  }
  return pin;
}

std::optional<public_key_pin> parse_base64(std::string_view text) {
  public_key_pin pin;
  std::size_t length = 0;
  const char* end = nullptr;
  if (sodium_base642bin(pin.sha256.data(), pin.sha256.size(), text.data(), text.size(), nullptr, &length, &end,
                        sodium_base64_VARIANT_ORIGINAL) != 0 ||
      length != pin.sha256.size() || end != text.data() + text.size()) {
    return std::nullopt;
  }
  return pin;
}

}  // namespace

std::optional<public_key_pin> public_key_pin::parse(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  std::string lowered(text.substr(0, prefix.size()));
  std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lowered == prefix) {
    text.remove_prefix(prefix.size());
    if (auto pin = parse_base64(text)) return pin;
    // curl writes "sha256//"; a pin's own base64 may begin with '/' too, so that is tried first.
    if (!text.empty() && text.front() == '/') return parse_base64(text.substr(1));
    return std::nullopt;
  }
  if (auto hex = parse_hex(text)) return hex;
  return parse_base64(text);
}

public_key_pin public_key_pin::of(x509_st* certificate) {
  unsigned char* der = nullptr;
  int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(certificate), &der);
  if (length <= 0) throw std::runtime_error("the certificate's public key cannot be encoded");
  public_key_pin pin;
  unsigned int size = 0;
  bool ok = EVP_Digest(der, static_cast<std::size_t>(length), pin.sha256.data(), &size, EVP_sha256(), nullptr) == 1;
  OPENSSL_free(der);
  if (!ok) throw std::runtime_error("the certificate's public key cannot be hashed");
  return pin;
}

std::string public_key_pin::to_string() const {
  std::string text(sodium_base64_ENCODED_LEN(sha256.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(text.data(), text.size(), sha256.data(), sha256.size(), sodium_base64_VARIANT_ORIGINAL);
  text.resize(text.find('\0'));
  return std::string(prefix) + text;
}

std::string public_key_pin::short_form() const { return to_string().substr(0, prefix.size() + 12) + "\u2026"; }

}  // namespace storepulse::kiosk
