#include "kiosk/core/identity/client_identity.h"
#include "kiosk/core/simulation/session_generator.h"
#include "kiosk/core/sync/kiosk_client.h"
#include "kiosk/core/sync/sync_worker.h"
#include "tests/support/eventually.h"
#include "tests/support/http_client.h"
#include "tests/support/kiosk_server_fixture.h"
#include "tests/support/sync_kiosk.h"
#include "tests/support/test_certificates.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/ssl.hpp>
#include <catch2/catch.hpp>
#include <openssl/ssl.h>

#include <csignal>
#include <filesystem>
#include <optional>
#include <sstream>
#include <thread>

namespace {

namespace sk = storepulse::kiosk;
using namespace std::chrono_literals;
using storepulse::testing::eventually;
using storepulse::testing::kiosk_server_fixture;
using storepulse::testing::make_authority;
using storepulse::testing::make_server_certificate;
using storepulse::testing::sync_kiosk;
using storepulse::testing::test_certificate;

// Made at test time: two unrelated authorities and a server certificate for every case.
struct certificates {
  storepulse::testing::scratch_folder folder{"storepulse-tls"};
  test_certificate authority = make_authority(folder, "store-ca");
  test_certificate other_authority = make_authority(folder, "other-ca");
  test_certificate server = make_server_certificate(folder, "server", {"127.0.0.1", "localhost"}, &authority);
  test_certificate renewed = make_server_certificate(folder, "renewed", {"127.0.0.1", "localhost"}, &authority);
  test_certificate expired =
      make_server_certificate(folder, "expired", {"127.0.0.1", "localhost"}, &authority, -48h, -24h);
  test_certificate other_host = make_server_certificate(folder, "other-host", {"storepulse.example.com"}, &authority);
  test_certificate self_signed = make_server_certificate(folder, "self-signed", {"127.0.0.1"}, nullptr);
};

// Returns the server's flags for TLS with this certificate and a metrics listener on metrics_port.
std::vector<std::string> tls_flags(const test_certificate& certificate, int metrics_port) {
  return {"--tls-certificate", certificate.certificate_file, "--tls-private-key", certificate.key_file,
          "--metrics-port", std::to_string(metrics_port)};
}

// Returns how many kiosk API requests the server has answered since it started.
std::int64_t kiosk_requests(int metrics_port) {
  std::istringstream lines(storepulse::testing::http_send(metrics_port, "GET", "/metrics").body);
  const std::string prefix = "storepulse_http_requests_total{route=\"/api/v1/kiosk/";
  std::int64_t total = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind(prefix, 0) == 0) total += std::stoll(line.substr(line.rfind(' ') + 1));
  }
  return total;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Copies a certificate and its key over the files the server was started with.
void install(const test_certificate& from, const test_certificate& live) {
  namespace fs = std::filesystem;
  fs::copy_file(from.certificate_file, live.certificate_file, fs::copy_options::overwrite_existing);
  fs::copy_file(from.key_file, live.key_file, fs::copy_options::overwrite_existing);
}

std::size_t count_of(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// A TLS server on loopback for one connection, recording the name the client asked for (SNI) and
// the request it sent after the handshake; it answers nothing and gives up after 10 s.
class recording_tls_server {
 public:
  explicit recording_tls_server(const test_certificate& certificate) {
    namespace net = boost::asio;
    context_.use_certificate_chain_file(certificate.certificate_file);
    context_.use_private_key_file(certificate.key_file, net::ssl::context::pem);
    // A stream takes the context's certificate when it is made, so only now.
    stream_.emplace(ioc_, context_);
    acceptor_.async_accept(stream_->next_layer(), [this](boost::system::error_code ec) {
      if (ec) return;
      stream_->async_handshake(net::ssl::stream_base::server, [this](boost::system::error_code handshake_ec) {
        if (const char* name = SSL_get_servername(stream_->native_handle(), TLSEXT_NAMETYPE_host_name)) server_name_ = name;
        if (handshake_ec) return;
        handshake_passed_ = true;
        net::async_read_until(*stream_, net::dynamic_buffer(received_), "\r\n\r\n",
                              [this](boost::system::error_code, std::size_t) { stream_->next_layer().close(); });
      });
    });
    thread_ = std::thread([this] { ioc_.run_for(std::chrono::seconds(10)); });
  }
  ~recording_tls_server() { finish(); }

  int port() const { return acceptor_.local_endpoint().port(); }
  // Waits until the connection is over; then the getters below hold what happened.
  void finish() {
    if (thread_.joinable()) thread_.join();
  }
  const std::string& server_name() const { return server_name_; }  // empty when none was sent
  bool handshake_passed() const { return handshake_passed_; }
  const std::string& received() const { return received_; }

 private:
  boost::asio::io_context ioc_;
  boost::asio::ssl::context context_{boost::asio::ssl::context::tls_server};
  boost::asio::ip::tcp::acceptor acceptor_{ioc_, {boost::asio::ip::make_address("127.0.0.1"), 0}};
  std::optional<boost::asio::ssl::stream<boost::asio::ip::tcp::socket>> stream_;
  std::string server_name_;
  bool handshake_passed_ = false;
  std::string received_;
  std::thread thread_;
};

}  // namespace

TEST_CASE("The kiosk client names the host it asks for and sends nothing to a server whose key is not pinned",
          "[kiosk][sync][tls]") {
  certificates certs;
  sk::tls_trust trust;
  // Returns the configuration call's result against the server at host.
  const auto fetch = [&trust](recording_tls_server& server, const std::string& host) {
    sk::config_result result;
    {
      sk::kiosk_client client(*sk::server_address::parse("https://" + host + ":" + std::to_string(server.port())), 2s,
                              trust);
      result = client.fetch_config("");
    }
    server.finish();
    return result;
  };
  SECTION("a host name goes out as SNI, and the request follows the handshake") {
    trust.pin = certs.self_signed.pin;
    recording_tls_server server(certs.self_signed);
    fetch(server, "localhost");
    CHECK(server.server_name() == "localhost");
    CHECK(server.handshake_passed());
    CHECK(server.received().rfind("GET /api/v1/kiosk/config", 0) == 0);
  }
  SECTION("an address goes out without SNI") {
    trust.pin = certs.self_signed.pin;
    recording_tls_server server(certs.self_signed);
    fetch(server, "127.0.0.1");
    CHECK(server.server_name().empty());
    CHECK(server.handshake_passed());
  }
  SECTION("another key than the pinned one gets no request") {
    trust.pin = certs.other_authority.pin;
    recording_tls_server server(certs.self_signed);
    const auto result = fetch(server, "localhost");
    CHECK(result.tls_refused);
    CHECK(contains(result.message, "does not match the pinned key"));
    CHECK_FALSE(server.handshake_passed());
    CHECK(server.received().empty());
  }
}

TEST_CASE("A kiosk that trusts the server's authority enrolls, downloads its configuration and uploads over TLS",
          "[kiosk][sync][tls]") {
  certificates certs;
  kiosk_server_fixture server;
  const int metrics = kiosk_server_fixture::free_port();
  server.start(tls_flags(certs.server, metrics));
  // By address, and by name: then the name also goes out as SNI and is checked against the DNS name.
  const std::string host = GENERATE(as<std::string>{}, "127.0.0.1", "localhost");
  INFO("host " << host);
  const std::string url = "https://" + host + ":" + std::to_string(server.port());

  sync_kiosk kiosk(server.folder().file("kiosk"), url);
  kiosk.settings.ca_file = certs.authority.certificate_file;
  kiosk.enroll(server);
  REQUIRE(kiosk.cache.config());
  sk::session_generator generator(*kiosk.cache.config(), 11);
  const auto session = generator.survey({}, sk::local_date_today(), 0);
  const auto event = generator.remediation({}, sk::local_date_today());
  kiosk.queue.push(session);
  kiosk.queue.push(event);
  REQUIRE(kiosk.worker.sync_once());

  CHECK(server.submissions_with_id(session.client_id()) == 1);
  CHECK(server.remediations_with_id(event.client_id()) == 1);
  const auto status = kiosk.worker.status();
  CHECK(status.online);
  CHECK_FALSE(status.tls_refused);
  CHECK(status.message.empty());
  CHECK(kiosk_requests(metrics) >= 3);  // enrollment, configuration, upload
  // The server speaks nothing but TLS: the answers cannot have gone in the clear.
  CHECK(storepulse::testing::http_send(server.port(), "GET", "/healthz").status == 0);
}

TEST_CASE("A kiosk enrolled with a code that carries the server's key pin trusts a self-signed server by its key",
          "[kiosk][sync][tls]") {
  certificates certs;
  kiosk_server_fixture server;
  server.start(tls_flags(certs.self_signed, kiosk_server_fixture::free_port()));
  // The admin tool prints the code with the pin of the certificate file it is given.
  std::string code = server.admin({"issue-codes", "--location", "K01", "--tls-certificate", certs.self_signed.certificate_file});
  code.erase(code.find_last_not_of("\n") + 1);
  REQUIRE(code.find('#') != std::string::npos);
  CHECK(code.substr(code.find('#') + 1) == certs.self_signed.pin);

  sync_kiosk kiosk(server.folder().file("kiosk"), server.url());
  std::string error;
  REQUIRE(kiosk.worker.enroll(code, error));
  CHECK(kiosk.worker.settings().server_key_pin == certs.self_signed.pin);
  CHECK(sk::device_settings::load(server.folder().file("kiosk")).server_key_pin == certs.self_signed.pin);
  kiosk.worker.sync_once();
  REQUIRE(kiosk.cache.config());
  sk::session_generator generator(*kiosk.cache.config(), 12);
  const auto session = generator.survey({}, sk::local_date_today(), 0);
  kiosk.queue.push(session);
  REQUIRE(kiosk.worker.sync_once());
  CHECK(server.submissions_with_id(session.client_id()) == 1);
  CHECK_FALSE(kiosk.worker.status().tls_refused);
}

TEST_CASE("A wrong authority, a wrong pin, an expired certificate and another host's certificate are each refused "
          "before anything is sent",
          "[kiosk][sync][tls]") {
  using certs = certificates;
  struct refusal_case {
    std::string name;
    test_certificate certs::*served;
    test_certificate certs::*trusted_authority;  // null: the kiosk trusts a pin instead
    test_certificate certs::*pinned;
    std::string reason;
  };
  const auto c = GENERATE(values<refusal_case>({
      {"a wrong authority", &certs::server, &certs::other_authority, nullptr, "not signed by an authority this kiosk trusts"},
      {"a wrong pin", &certs::self_signed, nullptr, &certs::other_authority, "does not match the pinned key"},
      {"an expired certificate", &certs::expired, &certs::authority, nullptr, "has expired"},
      {"another host's certificate", &certs::other_host, &certs::authority, nullptr, "is not made out to 127.0.0.1"},
  }));
  INFO("server presenting " << c.name);
  certs made;
  kiosk_server_fixture server;
  const int metrics = kiosk_server_fixture::free_port();

  // A kiosk enrolled while all was well, with answers waiting.
  server.start(tls_flags(made.server, metrics));
  sync_kiosk kiosk(server.folder().file("kiosk"), server.url());
  kiosk.settings.ca_file = made.authority.certificate_file;
  kiosk.enroll(server);
  sk::session_generator generator(*kiosk.cache.config(), 13);
  for (int i = 0; i < 3; ++i) kiosk.queue.push(generator.survey({}, sk::local_date_today(), 0));
  server.stop();

  server.start(tls_flags(made.*c.served, metrics));
  kiosk.settings.ca_file = c.trusted_authority ? (made.*c.trusted_authority).certificate_file : std::string();
  kiosk.settings.server_key_pin = c.pinned ? (made.*c.pinned).pin : std::string();
  CHECK_FALSE(kiosk.worker.sync_once());
  const auto status = kiosk.worker.status();
  CHECK(status.tls_refused);
  CHECK_FALSE(status.online);
  CHECK(contains(status.message, c.reason));
  CHECK(contains(status.message, "nothing was sent"));
  CHECK(kiosk.queue.size() == 3);
  CHECK(server.query_number("SELECT count(*) FROM submissions") == 0);

  // A new kiosk with the same trust cannot enroll either, and its code stays unused.
  sync_kiosk fresh(server.folder().file("fresh"), server.url());
  fresh.settings.ca_file = kiosk.settings.ca_file;
  std::string code = server.issue_codes(1).at(0);
  if (c.pinned) code += "#" + (made.*c.pinned).pin;
  std::string error;
  CHECK_FALSE(fresh.worker.enroll(code, error));
  CHECK(contains(error, c.reason));
  CHECK(contains(error, "nothing was sent"));
  CHECK(fresh.worker.settings().device_token.empty());
  CHECK(fresh.worker.settings().server_key_pin.empty());
  CHECK(server.query_number("SELECT count(*) FROM kiosks") == 1);
  CHECK(server.query_number("SELECT count(*) FROM enrollment_codes WHERE used = 1") == 1);

  // No kiosk request reached the server since it started with this certificate.
  CHECK(kiosk_requests(metrics) == 0);
}

TEST_CASE("A kiosk that refused an expired certificate keeps its answers and sends them once SIGHUP loads a renewed one",
          "[kiosk][sync][tls]") {
  certificates certs;
  kiosk_server_fixture server;
  const test_certificate live{server.folder().file("live.crt"), server.folder().file("live.key"), ""};
  install(certs.server, live);
  server.start(tls_flags(live, kiosk_server_fixture::free_port()));
  {
    sync_kiosk setup(server.folder().file("kiosk"), server.url());
    setup.settings.ca_file = certs.authority.certificate_file;
    setup.enroll(server);
  }
  install(certs.expired, live);
  server.signal(SIGHUP);
  REQUIRE(eventually([&] { return count_of(server.log(), "TLS certificate reloaded") == 1; }));

  // The kiosk starts again from its saved settings (token, CA file) and meets the expired certificate.
  sync_kiosk kiosk(server.folder().file("kiosk"), server.url());
  CHECK(kiosk.settings.ca_file == certs.authority.certificate_file);
  sk::session_generator generator(*kiosk.cache.config(), 14);
  std::vector<std::string> ids;
  for (int i = 0; i < 4; ++i) {
    auto session = generator.survey({}, sk::local_date_today(), 0);
    ids.push_back(session.client_id());
    kiosk.queue.push(session);
  }
  kiosk.worker.start();
  kiosk.worker.schedule_upload();
  REQUIRE(eventually([&] { return kiosk.worker.status().tls_refused; }));
  CHECK(contains(kiosk.worker.status().message, "has expired"));
  CHECK(kiosk.queue.size() == 4);
  CHECK(server.query_number("SELECT count(*) FROM submissions") == 0);

  install(certs.renewed, live);
  server.signal(SIGHUP);
  REQUIRE(eventually([&] { return count_of(server.log(), "TLS certificate reloaded") == 2; }));
  // The worker tries again by itself, after its backoff.
  REQUIRE(eventually([&] { return kiosk.queue.size() == 0; }));
  REQUIRE(eventually([&] { return !kiosk.worker.status().tls_refused && kiosk.worker.status().online; }));
  kiosk.worker.stop();
  for (const auto& id : ids) CHECK(server.submissions_with_id(id) == 1);
}

TEST_CASE("Plain http to a server beyond loopback is refused unless the kiosk allows it", "[kiosk][sync][tls]") {
  storepulse::testing::scratch_folder folder;
  sync_kiosk kiosk(folder.file("kiosk"), "http://127.0.0.1:9");
  std::string error;
  CHECK_FALSE(kiosk.worker.set_server("http://192.0.2.10:8080", error));
  CHECK(contains(error, "is refused"));
  CHECK(kiosk.worker.settings().server == "http://127.0.0.1:9");
  CHECK(kiosk.worker.set_server("https://192.0.2.10:8443", error));
  CHECK(kiosk.worker.set_server("http://localhost:8080", error));

  // A settings file edited by hand is refused at the first round, before any connection.
  kiosk.settings.server = "http://192.0.2.10:8080";
  kiosk.settings.device_token = "token";
  const auto started = std::chrono::steady_clock::now();
  CHECK_FALSE(kiosk.worker.sync_once());
  CHECK(std::chrono::steady_clock::now() - started < 1s);  // no connection to a black-hole address
  CHECK(contains(kiosk.worker.status().message, "is refused"));
  CHECK_FALSE(kiosk.worker.enroll("K7QM-3XRT-HC9P", error));
  CHECK(contains(error, "is refused"));

  kiosk.settings.allow_plain_http = true;
  CHECK(kiosk.worker.set_server("http://192.0.2.10:8080", error));
  CHECK(kiosk.worker.settings().server == "http://192.0.2.10:8080");
}
