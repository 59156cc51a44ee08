#include "tests/support/kiosk_server_fixture.h"

#include "tests/support/tls_probe.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <signal.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace storepulse::testing {

namespace {

namespace net = boost::asio;
namespace http = boost::beast::http;
using tcp = net::ip::tcp;
using namespace std::chrono_literals;

constexpr const char* bank_text = R"(
languages: "en"
languages: "fr"
questions {
  key: "sync_values_known" dimension: DIMENSION_VALUES type: QUESTION_TYPE_AGREE5 core: true
  text { language: "en" text: "I know our values." }
  text { language: "fr" text: "Je connais nos valeurs." }
}
questions {
  key: "sync_limit_known" dimension: DIMENSION_EMPOWERMENT type: QUESTION_TYPE_YES_NO core: true
  text { language: "en" text: "I know how much I may spend to fix a problem." }
  text { language: "fr" text: "Je sais combien je peux depenser pour regler un probleme." }
}
questions {
  key: "sync_recognised" dimension: DIMENSION_RECOGNITION type: QUESTION_TYPE_AGREE5 core: true
  text { language: "en" text: "I am recognised for doing right by a customer." }
  text { language: "fr" text: "Je suis reconnu quand je fais bien pour un client." }
}
questions {
  key: "sync_enps" dimension: DIMENSION_LEADERSHIP type: QUESTION_TYPE_SCALE_0_10 core: false
  text { language: "en" text: "Would you recommend working here?" }
  text { language: "fr" text: "Recommanderiez-vous de travailler ici ?" }
}
)";

// Returns a free loopback port (the kernel's pick; released before the server binds it).
int pick_free_port() {
  net::io_context ioc;
  tcp::acceptor acceptor(ioc, tcp::endpoint(net::ip::make_address("127.0.0.1"), 0));
  return acceptor.local_endpoint().port();
}

int http_status(int port, const std::string& target) {
  try {
    net::io_context ioc;
    boost::beast::tcp_stream stream(ioc);
    stream.expires_after(2s);
    stream.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)));
    http::request<http::empty_body> request{http::verb::get, target, 11};
    request.set(http::field::host, "127.0.0.1");
    http::write(stream, request);
    boost::beast::flat_buffer buffer;
    http::response<http::string_body> response;
    http::read(stream, buffer, response);
    return static_cast<int>(response.result_int());
  } catch (const std::exception&) {
    return 0;
  }
}

}  // namespace

kiosk_server_fixture::kiosk_server_fixture() : folder_("storepulse-kiosk-sync"), db_path_(folder_.file("server.sqlite")) {
  port_ = pick_free_port();
  admin({"init"});
  {
    std::ofstream csv(folder_.file("stores.csv"));
    csv << "code,name,region,timezone,headcount,remediation_limit,currency\n"
        << "K01,Kiosk Test Store,North,Europe/Paris,20,50.00,EUR\n";
  }
  admin({"import-locations", "--csv", folder_.file("stores.csv")});
  {
    std::ofstream bank(folder_.file("questions.textproto"));
    bank << bank_text;
  }
  admin({"load-questions", "--file", folder_.file("questions.textproto")});
}

kiosk_server_fixture::~kiosk_server_fixture() { kill(); }

int kiosk_server_fixture::free_port() { return pick_free_port(); }

std::string kiosk_server_fixture::admin(std::vector<std::string> args) const {
  std::vector<std::string> argv{STOREPULSE_ADMIN_BIN};
  argv.push_back(args.at(0));
  argv.insert(argv.end(), {"--db", db_path_});
  argv.insert(argv.end(), args.begin() + 1, args.end());
  std::string output;
  if (int rc = run_program(argv, output); rc != 0) {
    throw std::runtime_error("storepulse-admin " + args[0] + " exited " + std::to_string(rc) + ": " + output);
  }
  return output;
}

std::string kiosk_server_fixture::question_bank() { return bank_text; }

void kiosk_server_fixture::add_second_store() const {
  {
    std::ofstream csv(folder_.file("stores.csv"));
    csv << "code,name,region,timezone,headcount,remediation_limit,currency\n"
        << "K01,Kiosk Test Store,North,Europe/Paris,20,50.00,EUR\n"
        << "K02,Second Test Store,South,Europe/Paris,20,30.00,EUR\n";
  }
  admin({"import-locations", "--csv", folder_.file("stores.csv")});
}

std::int64_t kiosk_server_fixture::submissions_at(const std::string& store) const {
  return query_number("SELECT count(*) FROM submissions s JOIN locations l ON l.id = s.location_id WHERE l.code = '" +
                      store + "'");
}

std::vector<std::string> kiosk_server_fixture::issue_codes(int count, const std::string& store) const {
  std::istringstream lines(admin({"issue-codes", "--location", store, "--count", std::to_string(count)}));
  std::vector<std::string> codes;
  for (std::string code; lines >> code;) codes.push_back(code);
  return codes;
}

void kiosk_server_fixture::start(const std::vector<std::string>& extra_flags) {
  if (server_) throw std::logic_error("the server already runs");
  std::vector<std::string> argv{STOREPULSE_SERVER_BIN, "--db", db_path_, "--address", "127.0.0.1", "--port",
                                std::to_string(port_), "--metrics-token", metrics_token,
                                // Reports answer what was just published: tests publish, then read.
                                "--report-max-staleness", "0"};
  argv.insert(argv.end(), extra_flags.begin(), extra_flags.end());
  tls_ = std::find(extra_flags.begin(), extra_flags.end(), "--tls-certificate") != extra_flags.end();
  std::string log = folder_.file("server.log");
  server_ = std::make_unique<child_process>(argv, log);
  auto deadline = std::chrono::steady_clock::now() + 20s;
  while (std::chrono::steady_clock::now() < deadline) {
    if ((tls_ ? https_status(port_, "/readyz") : http_status(port_, "/readyz")) == 200) return;
    if (server_->exited()) {
      server_.reset();
      std::ifstream in(log);
      std::stringstream text;
      text << in.rdbuf();
      throw std::runtime_error("the server exited at start:\n" + text.str());
    }
    std::this_thread::sleep_for(20ms);
  }
  kill();
  throw std::runtime_error("the server was not ready within 20 s");
}

int kiosk_server_fixture::stop() {
  signal(SIGTERM);
  return wait();
}

void kiosk_server_fixture::signal(int signal_number) const {
  if (server_) server_->signal(signal_number);
}

int kiosk_server_fixture::wait() {
  if (!server_) return -1;
  int code = server_->wait();
  server_.reset();
  return code;
}

int kiosk_server_fixture::pid() const { return server_ ? server_->pid() : -1; }

void kiosk_server_fixture::kill() {
  if (!server_) return;
  server_->signal(SIGKILL);
  server_->wait();
  server_.reset();
}

std::string kiosk_server_fixture::log() const {
  std::ifstream in(folder_.file("server.log"));
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string kiosk_server_fixture::url() const {
  return (tls_ ? "https://127.0.0.1:" : "http://127.0.0.1:") + std::to_string(port_);
}

std::int64_t kiosk_server_fixture::query_number(const std::string& sql, const std::string& blob) const {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(db_path_.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    throw std::runtime_error("cannot open the server database read-only");
  }
  sqlite3_busy_timeout(db, 5000);
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    std::string error = sqlite3_errmsg(db);
    sqlite3_close(db);
    throw std::runtime_error("query failed: " + error);
  }
  if (!blob.empty()) sqlite3_bind_blob(stmt, 1, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
  std::int64_t value = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -1;
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return value;
}

std::int64_t kiosk_server_fixture::submissions_with_id(const std::string& client_id) const {
  return query_number("SELECT count(*) FROM submissions WHERE client_id = ?", client_id);
}

std::int64_t kiosk_server_fixture::remediations_with_id(const std::string& client_id) const {
  return query_number("SELECT count(*) FROM remediation_events WHERE client_id = ?", client_id);
}

}  // namespace storepulse::testing
