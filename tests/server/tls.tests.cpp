#include "tests/support/child_process.h"
#include "tests/support/eventually.h"
#include "tests/support/http_client.h"
#include "tests/support/kiosk_server_fixture.h"
#include "tests/support/test_certificates.h"
#include "tests/support/tls_probe.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

using namespace storepulse;

namespace {

std::size_t count_of(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// Copies a certificate and its key over the files the server was started with.
void install(const testing::test_certificate& from, const testing::test_certificate& live) {
  namespace fs = std::filesystem;
  fs::copy_file(from.certificate_file, live.certificate_file, fs::copy_options::overwrite_existing);
  fs::copy_file(from.key_file, live.key_file, fs::copy_options::overwrite_existing);
}

}  // namespace

TEST_CASE("With a certificate the server speaks HTTPS only", "[server][http][tls]") {
  testing::kiosk_server_fixture server;
  auto cert = server.folder().file("cert.pem"), key = server.folder().file("key.pem");
  std::string output;
  REQUIRE(testing::run_program({"/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj",
                                "/CN=localhost", "-days", "1", "-keyout", key, "-out", cert},
                               output) == 0);
  server.start({"--tls-certificate", cert, "--tls-private-key", key});
  CHECK(testing::https_status(server.port(), "/healthz") == 200);
  CHECK(testing::https_status(server.port(), "/no/such/page") == 404);
  CHECK(testing::http_send(server.port(), "GET", "/healthz").status == 0);
  CHECK(server.stop() == 0);
}

TEST_CASE("SIGHUP gives new connections the renewed certificate while open ones keep theirs", "[server][tls]") {
  testing::kiosk_server_fixture server;
  testing::scratch_folder folder("storepulse-tls");
  const auto authority = testing::make_authority(folder, "ca");
  const auto first = testing::make_server_certificate(folder, "first", {"127.0.0.1"}, &authority);
  const auto renewed = testing::make_server_certificate(folder, "renewed", {"127.0.0.1"}, &authority);
  const testing::test_certificate live{folder.file("live.crt"), folder.file("live.key"), ""};
  install(first, live);
  server.start({"--tls-certificate", live.certificate_file, "--tls-private-key", live.key_file});
  CHECK(server.log().find("key pin " + first.pin) != std::string::npos);

  testing::tls_probe before(server.port());
  CHECK(before.peer_pin() == first.pin);
  CHECK(before.get("/healthz") == 200);

  install(renewed, live);
  server.signal(SIGHUP);
  REQUIRE(testing::eventually([&] { return count_of(server.log(), "TLS certificate reloaded") == 1; }));
  CHECK(server.log().find("(key pin " + renewed.pin + ")") != std::string::npos);
  testing::tls_probe after(server.port());
  CHECK(after.peer_pin() == renewed.pin);
  CHECK(after.get("/healthz") == 200);
  // The connection opened before goes on with the certificate it began with.
  CHECK(before.get("/healthz") == 200);
  CHECK(before.peer_pin() == first.pin);

  SECTION("a renewal whose key does not match keeps the current certificate") {
    std::filesystem::copy_file(first.key_file, live.key_file, std::filesystem::copy_options::overwrite_existing);
    server.signal(SIGHUP);
    REQUIRE(testing::eventually([&] { return count_of(server.log(), "not reloaded") == 1; }));
    CHECK(server.log().find("does not belong to") != std::string::npos);
    CHECK(testing::tls_probe(server.port()).peer_pin() == renewed.pin);
  }
  SECTION("a missing certificate file keeps the current certificate") {
    std::filesystem::remove(live.certificate_file);
    server.signal(SIGHUP);
    REQUIRE(testing::eventually([&] { return count_of(server.log(), "not reloaded") == 1; }));
    CHECK(testing::tls_probe(server.port()).peer_pin() == renewed.pin);
  }
  CHECK(server.stop() == 0);
}

TEST_CASE("Without TLS, SIGHUP leaves the server serving", "[server][tls]") {
  testing::kiosk_server_fixture server;
  server.start();
  server.signal(SIGHUP);
  REQUIRE(testing::eventually([&] { return server.log().find("nothing to reload") != std::string::npos; }));
  CHECK(testing::http_send(server.port(), "GET", "/healthz").status == 200);
  CHECK(server.stop() == 0);
}

TEST_CASE("issue-codes with the server's certificate prints each code with the key pin openssl computes",
          "[server][tls][admin]") {
  testing::kiosk_server_fixture server;
  testing::scratch_folder folder("storepulse-tls");
  const auto certificate = testing::make_server_certificate(folder, "server", {"127.0.0.1"}, nullptr);

  std::string from_openssl;
  REQUIRE(testing::run_program({"/bin/sh", "-c",
                                "openssl x509 -in '" + certificate.certificate_file +
                                    "' -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 "
                                    "-binary | base64"},
                               from_openssl) == 0);
  from_openssl.erase(from_openssl.find_last_not_of("\n") + 1);
  REQUIRE(("sha256/" + from_openssl) == certificate.pin);

  std::istringstream lines(
      server.admin({"issue-codes", "--location", "K01", "--count", "2", "--tls-certificate", certificate.certificate_file}));
  int codes = 0;
  for (std::string line; std::getline(lines, line); ++codes) {
    INFO(line);
    REQUIRE(line.find('#') != std::string::npos);
    CHECK(line.find('#') >= 8);
    CHECK(line.substr(line.find('#') + 1) == "sha256/" + from_openssl);
  }
  CHECK(codes == 2);

  // A file that is not a certificate is refused before any code is issued.
  std::string output;
  CHECK(testing::run_program({STOREPULSE_ADMIN_BIN, "issue-codes", "--db", server.db_path(), "--location", "K01",
                              "--tls-certificate", certificate.key_file},
                             output) == 1);
  CHECK(output.find("holds no PEM certificate") != std::string::npos);
  CHECK(server.query_number("SELECT count(*) FROM enrollment_codes") == 2);
}
