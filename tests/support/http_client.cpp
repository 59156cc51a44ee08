#include "tests/support/http_client.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <stdexcept>

namespace storepulse::testing {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = net::ip::tcp;

http_reply http_send(int port, const std::string& method, const std::string& target, const std::string& body,
                     const std::map<std::string, std::string>& headers) {
  return http_send_from({}, port, method, target, body, headers);
}

http_reply http_send_from(const std::string& source, int port, const std::string& method, const std::string& target,
                          const std::string& body, const std::map<std::string, std::string>& headers) {
  http_reply reply;
  try {
    net::io_context ioc;
    beast::tcp_stream stream(ioc);
    stream.expires_after(std::chrono::seconds(30));
    if (!source.empty()) {
      stream.socket().open(tcp::v4());
      stream.socket().bind(tcp::endpoint(net::ip::make_address(source), 0));
    }
    stream.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)));
    bhttp::request<bhttp::string_body> req{bhttp::string_to_verb(method), target, 11};
    req.set(bhttp::field::host, "127.0.0.1");
    for (const auto& [name, value] : headers) req.set(name, value);
    req.body() = body;
    req.prepare_payload();
    bhttp::write(stream, req);
    beast::flat_buffer buffer;
    bhttp::response_parser<bhttp::string_body> parser;
    parser.body_limit(64 * 1024 * 1024);
    if (method == "HEAD") parser.skip(true);
    bhttp::read(stream, buffer, parser);
    auto res = parser.release();
    reply.status = static_cast<int>(res.result_int());
    for (const auto& field : res) {
      std::string name(field.name_string());
      std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
      reply.headers[name] = std::string(field.value());
    }
    reply.body = res.body();
  } catch (const std::exception&) {
    reply.status = 0;
  }
  return reply;
}

std::string raw_exchange(int port, const std::string& bytes) {
  std::string received;
  try {
    net::io_context ioc;
    beast::tcp_stream stream(ioc);
    stream.expires_after(std::chrono::seconds(30));
    stream.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)));
    net::write(stream.socket(), net::buffer(bytes));
    char chunk[4096];
    beast::error_code ec;
    for (;;) {
      auto n = stream.socket().read_some(net::buffer(chunk), ec);
      received.append(chunk, n);
      if (ec) break;
    }
  } catch (const std::exception&) {
  }
  return received;
}

raw_connection::raw_connection(int port) {
  fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (fd_ < 0 || ::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
    throw std::runtime_error("cannot connect to port " + std::to_string(port));
}

raw_connection::~raw_connection() {
  if (fd_ >= 0) ::close(fd_);
}

bool raw_connection::send(const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    auto n = ::send(fd_, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL);
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

namespace {

// Waits for fd to be readable until deadline; returns false when the time ran out.
bool readable_before(int fd, std::chrono::steady_clock::time_point deadline) {
  auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
  if (left.count() <= 0) return false;
  pollfd p{fd, POLLIN, 0};
  return ::poll(&p, 1, static_cast<int>(left.count())) > 0;
}

// Returns true when text holds a whole HTTP answer.
bool whole_answer(const std::string& text) {
  auto end = text.find("\r\n\r\n");
  if (end == std::string::npos) return false;
  std::string head = text.substr(0, end);
  std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return std::tolower(c); });
  auto at = head.find("content-length:");
  std::size_t length = at == std::string::npos ? 0 : std::stoul(head.substr(at + 15));
  return text.size() >= end + 4 + length;
}

}  // namespace

std::string raw_connection::read_answer(double limit_seconds) {
  auto deadline = std::chrono::steady_clock::now() +
                  std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(limit_seconds));
  std::string text;
  char chunk[4096];
  while (!whole_answer(text) && readable_before(fd_, deadline)) {
    auto n = ::recv(fd_, chunk, sizeof chunk, 0);
    if (n <= 0) break;
    text.append(chunk, static_cast<std::size_t>(n));
  }
  return text;
}

double raw_connection::seconds_until_closed(double limit_seconds) {
  auto start = std::chrono::steady_clock::now();
  auto deadline =
      start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(limit_seconds));
  char chunk[4096];
  while (readable_before(fd_, deadline)) {
    if (::recv(fd_, chunk, sizeof chunk, 0) <= 0)
      return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }
  return -1;
}

std::string raw_connection::read_until_closed(double limit_seconds, bool& closed) {
  auto deadline = std::chrono::steady_clock::now() +
                  std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(limit_seconds));
  std::string text;
  char chunk[4096];
  closed = false;
  while (readable_before(fd_, deadline)) {
    auto n = ::recv(fd_, chunk, sizeof chunk, 0);
    if (n <= 0) {
      closed = true;
      break;
    }
    text.append(chunk, static_cast<std::size_t>(n));
  }
  return text;
}

std::string gunzip(const std::string& data) {
  z_stream stream{};
  if (inflateInit2(&stream, 15 + 16) != Z_OK) throw std::runtime_error("inflateInit2 failed");
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  std::string out;
  char buffer[65536];
  int result = Z_OK;
  while (result == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof buffer;
    result = inflate(&stream, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - stream.avail_out);
  }
  inflateEnd(&stream);
  if (result != Z_STREAM_END) throw std::runtime_error("not a whole gzip stream");
  return out;
}

}  // namespace storepulse::testing
