#include "tests/support/refusing_proxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdint>
#include <stdexcept>

namespace storepulse::testing {

namespace {

sockaddr_in loopback(int port) {
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return address;
}

// Returns the value of Content-Length in a request head, or 0.
std::size_t content_length(const std::string& head) {
  for (const char* name : {"Content-Length:", "content-length:"}) {
    auto at = head.find(name);
    if (at != std::string::npos) return std::stoul(head.substr(at + std::string(name).size()));
  }
  return 0;
}

}  // namespace

refusing_proxy::refusing_proxy(int server_port, int status, int refusals)
    : server_port_(server_port), status_(status), refusals_(refusals) {
  listen_fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  auto address = loopback(0);
  socklen_t length = sizeof address;
  if (listen_fd_ < 0 || ::bind(listen_fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::listen(listen_fd_, 8) != 0 || ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&address), &length) != 0)
    throw std::runtime_error("refusing_proxy: cannot listen");
  port_ = ntohs(address.sin_port);
  thread_ = std::thread([this] { run(); });
}

refusing_proxy::~refusing_proxy() {
  stopping_ = true;
  thread_.join();
  ::close(listen_fd_);
}

std::string refusing_proxy::url() const { return "http://127.0.0.1:" + std::to_string(port_); }

void refusing_proxy::run() {
  while (!stopping_) {
    pollfd waiting{listen_fd_, POLLIN, 0};
    if (::poll(&waiting, 1, 50) <= 0) continue;
    int client = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (client < 0) continue;
    serve(client);
    ::close(client);
  }
}

void refusing_proxy::serve(int client) {
  // The whole first request, so that closing afterwards resets nothing the client still sends.
  std::string request;
  char chunk[16384];
  std::size_t head_end = std::string::npos;
  while (!stopping_) {
    if (head_end != std::string::npos && request.size() >= head_end + 4 + content_length(request.substr(0, head_end)))
      break;
    pollfd readable{client, POLLIN, 0};
    if (::poll(&readable, 1, 50) <= 0) continue;
    auto n = ::recv(client, chunk, sizeof chunk, 0);
    if (n <= 0) return;
    request.append(chunk, static_cast<std::size_t>(n));
    head_end = request.find("\r\n\r\n");
  }
  const bool upload = request.rfind("POST /api/v1/kiosk/submissions ", 0) == 0;
  if (!upload || refused_.load() >= refusals_) {
    relay(client, request);
    return;
  }
  ++refused_;
  const std::string body = "<html><body>The plain HTTP request was sent to HTTPS port</body></html>";
  const std::string answer = "HTTP/1.1 " + std::to_string(status_) + " Refused\r\nContent-Type: text/html\r\n" +
                             "Content-Length: " + std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
  ::send(client, answer.data(), answer.size(), MSG_NOSIGNAL);
  ::shutdown(client, SHUT_WR);
}

void refusing_proxy::relay(int client, const std::string& request) {
  int server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  auto address = loopback(server_port_);
  if (server < 0 || ::connect(server, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::send(server, request.data(), request.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(request.size())) {
    if (server >= 0) ::close(server);
    return;
  }
  // One answer, read whole by its length, then both connections close: every request is judged
  // on a connection of its own.
  std::string answer;
  char chunk[16384];
  std::size_t head_end = std::string::npos;
  while (!stopping_) {
    if (head_end != std::string::npos && answer.size() >= head_end + 4 + content_length(answer.substr(0, head_end)))
      break;
    pollfd readable{server, POLLIN, 0};
    if (::poll(&readable, 1, 50) <= 0) continue;
    auto n = ::recv(server, chunk, sizeof chunk, 0);
    if (n <= 0) break;
    answer.append(chunk, static_cast<std::size_t>(n));
    head_end = answer.find("\r\n\r\n");
  }
  ::close(server);
  ::send(client, answer.data(), answer.size(), MSG_NOSIGNAL);
  ::shutdown(client, SHUT_WR);
}

}  // namespace storepulse::testing
