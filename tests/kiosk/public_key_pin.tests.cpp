#include "kiosk/core/config/device_settings.h"
#include "kiosk/core/sync/enrollment_code.h"
#include "kiosk/core/sync/public_key_pin.h"
#include "kiosk/core/sync/tls_trust.h"
#include "tests/support/scratch_folder.h"
#include "tests/support/test_certificates.h"

#include <catch2/catch.hpp>
#include <openssl/pem.h>

#include <cstdio>
#include <fstream>
#include <memory>

namespace sk = storepulse::kiosk;

namespace {

// The SHA-256 of nothing, in the pin's two written forms.
constexpr const char* empty_base64 = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
constexpr const char* empty_hex = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

sk::tls_flags flags(std::optional<std::string> ca_file, std::optional<std::string> pin,
                    std::optional<bool> allow_plain_http = std::nullopt) {
  sk::tls_flags f;
  f.ca_file = std::move(ca_file);
  f.pin = std::move(pin);
  f.allow_plain_http = allow_plain_http;
  return f;
}

}  // namespace

TEST_CASE("A key pin reads as sha256/BASE64, plain base64 or hex, and writes as sha256/BASE64", "[kiosk][tls]") {
  const std::string canonical = std::string("sha256/") + empty_base64;
  for (const std::string& text : {canonical, std::string(empty_base64), std::string("SHA256/") + empty_base64,
                                 std::string("sha256//") + empty_base64, std::string(empty_hex),
                                 std::string("E3:B0:C4:42:98:FC:1C:14:9A:FB:F4:C8:99:6F:B9:24:27:AE:41:E4:64:9B:93:4C:"
                                             "A4:95:99:1B:78:52:B8:55"),
                                 " " + canonical + "\n"}) {
    INFO(text);
    auto pin = sk::public_key_pin::parse(text);
    REQUIRE(pin);
    CHECK(pin->to_string() == canonical);
  }
  CHECK(sk::public_key_pin::parse(canonical)->short_form() == "sha256/47DEQpj8HBSa\u2026");
  // A base64 pin may itself begin with '/', which must not be taken for curl's "sha256//".
  const std::string slash = "sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
  REQUIRE(sk::public_key_pin::parse(slash));
  CHECK(sk::public_key_pin::parse(slash)->sha256[0] == 0xfc);
  CHECK(sk::public_key_pin::parse(slash)->to_string() == slash);
  for (const char* bad : {"", "sha256/", "sha256/47DEQpj8HBSa", "sha256/47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU",
                          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8", "md5/abc",
                          "sha256/47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=x"}) {
    INFO(bad);
    CHECK_FALSE(sk::public_key_pin::parse(bad));
  }
}

TEST_CASE("A certificate's pin is the SHA-256 of its SubjectPublicKeyInfo", "[kiosk][tls]") {
  storepulse::testing::scratch_folder folder;
  const auto certificate = storepulse::testing::make_server_certificate(folder, "server", {"127.0.0.1"}, nullptr);
  std::unique_ptr<FILE, decltype(&std::fclose)> file(std::fopen(certificate.certificate_file.c_str(), "r"), std::fclose);
  REQUIRE(file);
  std::unique_ptr<X509, decltype(&X509_free)> x509(PEM_read_X509(file.get(), nullptr, nullptr, nullptr), X509_free);
  REQUIRE(x509);
  // The helper hashes the key (i2d_PUBKEY); the kiosk hashes the certificate's key field.
  CHECK(sk::public_key_pin::of(x509.get()).to_string() == certificate.pin);
}

TEST_CASE("An enrollment code may carry the server's key pin after a '#'", "[kiosk][tls]") {
  std::string error;
  auto plain = sk::enrollment_code::parse(" K7QM-3XRT-HC9P ", error);
  REQUIRE(plain);
  CHECK(plain->code == "K7QM-3XRT-HC9P");
  CHECK(plain->pin.empty());

  auto pinned = sk::enrollment_code::parse(std::string("K7QM-3XRT-HC9P#") + empty_hex, error);
  REQUIRE(pinned);
  CHECK(pinned->code == "K7QM-3XRT-HC9P");
  CHECK(pinned->pin == std::string("sha256/") + empty_base64);

  CHECK_FALSE(sk::enrollment_code::parse("K7QM-3XRT-HC9P#sha256/nonsense", error));
  CHECK(error.find("pin") != std::string::npos);
}

TEST_CASE("TLS flags are checked before they reach the settings", "[kiosk][tls][settings]") {
  storepulse::testing::scratch_folder folder;
  auto settings = sk::device_settings::load(folder.file("data"));
  std::string error;

  SECTION("a malformed pin changes nothing") {
    CHECK_FALSE(sk::apply_tls_flags(settings, flags(std::nullopt, "sha256/short"), error));
    CHECK(error.find("not a SHA-256 key pin") != std::string::npos);
    CHECK(settings.server_key_pin.empty());
  }
  SECTION("a CA file that holds no certificate changes nothing") {
    const std::string not_a_ca = folder.file("not-a-ca.pem");
    std::ofstream(not_a_ca) << "not a certificate\n";
    CHECK_FALSE(sk::apply_tls_flags(settings, flags(not_a_ca, std::nullopt), error));
    CHECK(error.find("cannot be used") != std::string::npos);
    CHECK_FALSE(sk::apply_tls_flags(settings, flags(folder.file("missing.pem"), std::nullopt), error));
    CHECK(settings.ca_file.empty());
  }
  SECTION("good flags are kept in their canonical forms, and empty ones clear") {
    const auto authority = storepulse::testing::make_authority(folder, "ca");
    REQUIRE(sk::apply_tls_flags(settings, flags(authority.certificate_file, empty_hex, true),
                                error));
    CHECK(settings.ca_file == authority.certificate_file);
    CHECK(settings.server_key_pin == std::string("sha256/") + empty_base64);
    CHECK(settings.allow_plain_http);
    REQUIRE(sk::apply_tls_flags(settings, flags("", "", false), error));
    CHECK(settings.ca_file.empty());
    CHECK(settings.server_key_pin.empty());
    CHECK_FALSE(settings.allow_plain_http);
  }
}
