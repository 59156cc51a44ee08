#include "tests/support/webdriver_client.h"

#include "server/auth/random_token.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>
#include <google/protobuf/util/json_util.h>
#include <sodium.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <thread>

namespace storepulse::test {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using google::protobuf::Struct;
using google::protobuf::Value;

constexpr const char* element_key = "element-6066-11e4-a52e-4f735466cecf";

unsigned short free_port() {
  asio::io_context io;
  asio::ip::tcp::acceptor acceptor(io, asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
  return acceptor.local_endpoint().port();
}

// Returns the status and body of one request to chromedriver.
std::pair<unsigned, std::string> http_call(unsigned short port, bhttp::verb method, const std::string& target,
                                           const std::string& body) {
  asio::io_context io;
  beast::tcp_stream stream(io);
  stream.expires_after(std::chrono::seconds(90));
  stream.connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  bhttp::request<bhttp::string_body> req{method, target, 11};
  req.set(bhttp::field::host, "127.0.0.1");
  req.set(bhttp::field::content_type, "application/json; charset=utf-8");
  if (method != bhttp::verb::get && method != bhttp::verb::delete_) req.body() = body;
  req.prepare_payload();
  bhttp::write(stream, req);
  beast::flat_buffer buffer;
  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(256 * 1024 * 1024);
  bhttp::read(stream, buffer, parser);
  beast::error_code ec;
  stream.socket().shutdown(asio::ip::tcp::socket::shutdown_both, ec);
  return {parser.get().result_int(), parser.get().body()};
}

Value parse_json(const std::string& text) {
  Value value;
  if (!google::protobuf::util::JsonStringToMessage(text, &value).ok())
    throw std::runtime_error("webdriver: unparsable answer: " + text.substr(0, 300));
  return value;
}

std::string to_json(const google::protobuf::Message& message) {
  std::string out;
  (void)google::protobuf::util::MessageToJsonString(message, &out);
  return out;
}

std::string quoted(const std::string& text) {
  Value value;
  value.set_string_value(text);
  return to_json(value);
}

std::string browser_binary() {
  // Debian's /usr/bin/chromium is a wrapper script; the real binary avoids its shell noise.
  if (std::filesystem::exists("/usr/lib/chromium/chromium")) return "/usr/lib/chromium/chromium";
  return "/usr/bin/chromium";
}

}  // namespace

std::string artifact_dir() {
  const char* env = std::getenv("STOREPULSE_ARTIFACT_DIR");
  std::string dir = env && *env ? env : STOREPULSE_ARTIFACT_DIR;
  std::filesystem::create_directories(dir);
  return dir;
}

webdriver_client::webdriver_client(int width, int height, const std::string& browser) {
  port_ = free_port();
  profile_dir_ = (std::filesystem::temp_directory_path() / ("storepulse-chromium-" + auth::random_token(6))).string();
  std::filesystem::create_directories(profile_dir_);
  auto log_path = artifact_dir() + "/chromedriver.log";
  driver_pid_ = fork();
  if (driver_pid_ < 0) throw std::runtime_error("fork failed");
  if (driver_pid_ == 0) {
    int log = open(log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (log >= 0) {
      dup2(log, STDOUT_FILENO);
      dup2(log, STDERR_FILENO);
    }
    auto port_arg = "--port=" + std::to_string(port_);
    execl("/usr/bin/chromedriver", "chromedriver", port_arg.c_str(), "--allowed-ips=127.0.0.1", static_cast<char*>(nullptr));
    _exit(127);
  }
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  for (;;) {
    try {
      auto [status, body] = http_call(port_, bhttp::verb::get, "/status", "");
      if (status == 200 && body.find("\"ready\":true") != std::string::npos) break;
    } catch (const std::exception&) {
    }
    if (std::chrono::steady_clock::now() > deadline) throw std::runtime_error("chromedriver did not start");
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }

  std::string args;
  const std::vector<std::string> flags{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--disable-extensions",
        "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-GB",
        "--window-size=" + std::to_string(width) + "," + std::to_string(height), "--user-data-dir=" + profile_dir_};
  for (const auto& flag : flags) {
    args += (args.empty() ? "" : ",") + quoted(flag);
  }
  // Headless windows are at least 500 px wide; a phone is emulated instead.
  std::string mobile;
  if (width < 500)
    mobile = R"(,"mobileEmulation":{"deviceMetrics":{"width":)" + std::to_string(width) + R"(,"height":)" +
             std::to_string(height) + R"(,"pixelRatio":1,"mobile":true,"touch":true}})";
  const std::string binary = browser.empty() ? browser_binary() : browser;
  auto caps = R"({"capabilities":{"alwaysMatch":{"browserName":"chrome","pageLoadStrategy":"normal",)"
              R"("goog:chromeOptions":{"binary":)" + quoted(binary) + R"(,"args":[)" + args + "]" + mobile +
              "}}}}";
  auto answer = command("POST", "/session", caps);
  session_ = answer.struct_value().fields().at("sessionId").string_value();
  if (session_.empty()) throw std::runtime_error("webdriver: no session id");
}

webdriver_client::~webdriver_client() {
  try {
    if (!session_.empty()) command("DELETE", "/session/" + session_);
  } catch (const std::exception&) {
  }
  if (driver_pid_ > 0) {
    kill(driver_pid_, SIGTERM);
    int status = 0;
    for (int i = 0; i < 50 && waitpid(driver_pid_, &status, WNOHANG) == 0; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (waitpid(driver_pid_, &status, WNOHANG) == 0) {
      kill(driver_pid_, SIGKILL);
      waitpid(driver_pid_, &status, 0);
    }
  }
  std::error_code ec;
  std::filesystem::remove_all(profile_dir_, ec);
}

google::protobuf::Value webdriver_client::command(const std::string& method, const std::string& path,
                                                  const std::string& body) {
  auto verb = method == "GET" ? bhttp::verb::get : method == "DELETE" ? bhttp::verb::delete_ : bhttp::verb::post;
  auto [status, text] = http_call(port_, verb, path, body);
  auto parsed = parse_json(text);
  Value value;
  if (parsed.has_struct_value()) {
    auto it = parsed.struct_value().fields().find("value");
    if (it != parsed.struct_value().fields().end()) value = it->second;
  }
  if (status >= 400) {
    std::string error = "unknown error", message;
    if (value.has_struct_value()) {
      const auto& f = value.struct_value().fields();
      if (f.count("error")) error = f.at("error").string_value();
      if (f.count("message")) message = f.at("message").string_value();
    }
    throw std::runtime_error("webdriver " + method + " " + path + ": " + error + ": " + message.substr(0, 400));
  }
  return value;
}

std::string webdriver_client::element_id(const google::protobuf::Value& value) const {
  if (!value.has_struct_value()) return {};
  auto it = value.struct_value().fields().find(element_key);
  return it == value.struct_value().fields().end() ? std::string() : it->second.string_value();
}

void webdriver_client::navigate(const std::string& url) {
  command("POST", "/session/" + session_ + "/url", R"({"url":)" + quoted(url) + "}");
}

std::string webdriver_client::find(const std::string& css) {
  auto all = find_all(css);
  return all.empty() ? std::string() : all.front();
}

std::vector<std::string> webdriver_client::find_all(const std::string& css) {
  auto value = command("POST", "/session/" + session_ + "/elements",
                       R"({"using":"css selector","value":)" + quoted(css) + "}");
  std::vector<std::string> ids;
  for (const auto& item : value.list_value().values()) ids.push_back(element_id(item));
  return ids;
}

std::string webdriver_client::wait_for(const std::string& css, std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    auto id = find(css);
    if (!id.empty()) return id;
    if (std::chrono::steady_clock::now() > deadline)
      throw std::runtime_error("timed out waiting for " + css + "\npage text: " +
                               execute_string("return document.body.textContent;").substr(0, 600));
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

void webdriver_client::wait_for_text(const std::string& text, std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    auto page = execute_string("return document.body.textContent;");
    if (page.find(text) != std::string::npos) return;
    if (std::chrono::steady_clock::now() > deadline)
      throw std::runtime_error("timed out waiting for text: " + text + "\npage text: " + page.substr(0, 600));
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

std::string webdriver_client::text(const std::string& element) {
  return command("GET", "/session/" + session_ + "/element/" + element + "/text").string_value();
}

void webdriver_client::click(const std::string& element) {
  command("POST", "/session/" + session_ + "/element/" + element + "/click");
}

void webdriver_client::type(const std::string& element, const std::string& text) {
  command("POST", "/session/" + session_ + "/element/" + element + "/clear");
  command("POST", "/session/" + session_ + "/element/" + element + "/value", R"({"text":)" + quoted(text) + "}");
}

void webdriver_client::send_keys_to_page(const std::string& keys) {
  auto active = element_id(command("GET", "/session/" + session_ + "/element/active"));
  command("POST", "/session/" + session_ + "/element/" + active + "/value", R"({"text":)" + quoted(keys) + "}");
}

google::protobuf::Value webdriver_client::execute(const std::string& script) {
  return command("POST", "/session/" + session_ + "/execute/sync", R"({"script":)" + quoted(script) + R"(,"args":[]})");
}

std::string webdriver_client::execute_string(const std::string& script) {
  auto value = execute(script);
  if (value.has_string_value()) return value.string_value();
  return to_json(value);
}

void webdriver_client::screenshot(const std::string& path) {
  auto base64 = command("GET", "/session/" + session_ + "/screenshot").string_value();
  std::string png(base64.size(), '\0');
  std::size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(png.data()), png.size(), base64.data(), base64.size(), nullptr,
                        &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
    throw std::runtime_error("webdriver: screenshot is not base64");
  png.resize(length);
  std::ofstream(path, std::ios::binary) << png;
}

void webdriver_client::set_window_size(int width, int height) {
  command("POST", "/session/" + session_ + "/window/rect",
          R"({"width":)" + std::to_string(width) + R"(,"height":)" + std::to_string(height) + "}");
}

void webdriver_client::delete_cookies() { command("DELETE", "/session/" + session_ + "/cookie"); }

void webdriver_client::add_cookie(const std::string& name, const std::string& value) {
  command("POST", "/session/" + session_ + "/cookie",
          R"({"cookie":{"name":)" + quoted(name) + R"(,"value":)" + quoted(value) + R"(,"path":"/","httpOnly":true}})");
}

}  // namespace storepulse::test
