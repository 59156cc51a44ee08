#include "tests/support/loopback_listener.h"

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

// Returns the value of Content-Length in a message head, or 0.
std::size_t content_length(const std::string& head) {
  for (const char* name : {"Content-Length:", "content-length:"}) {
    auto at = head.find(name);
    if (at != std::string::npos) return std::stoul(head.substr(at + std::string(name).size()));
  }
  return 0;
}

}  // namespace

loopback_listener::loopback_listener(serve_fn serve) : serve_(std::move(serve)) {
  listen_fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  auto address = loopback(0);
  socklen_t length = sizeof address;
  if (listen_fd_ < 0 || ::bind(listen_fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::listen(listen_fd_, 8) != 0 || ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    if (listen_fd_ >= 0) ::close(listen_fd_);
    throw std::runtime_error("loopback_listener: cannot listen");
  }
  port_ = ntohs(address.sin_port);
  thread_ = std::thread([this] { run(); });
}

loopback_listener::~loopback_listener() {
  stopping_ = true;
  thread_.join();
  ::close(listen_fd_);
}

void loopback_listener::run() {
  while (!stopping_) {
    pollfd waiting{listen_fd_, POLLIN, 0};
    if (::poll(&waiting, 1, 50) <= 0) continue;
    int client = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (client < 0) continue;
    serve_(client, stopping_);
    ::close(client);
  }
}

int connect_loopback(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  auto address = loopback(port);
  if (fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0) return fd;
  if (fd >= 0) ::close(fd);
  return -1;
}

std::string read_http_message(int fd, const std::atomic<bool>& stopping) {
  std::string message;
  char chunk[16384];
  std::size_t head_end = std::string::npos;
  while (!stopping) {
    if (head_end != std::string::npos && message.size() >= head_end + 4 + content_length(message.substr(0, head_end)))
      break;
    pollfd readable{fd, POLLIN, 0};
    if (::poll(&readable, 1, 50) <= 0) continue;
    auto n = ::recv(fd, chunk, sizeof chunk, 0);
    if (n <= 0) break;
    message.append(chunk, static_cast<std::size_t>(n));
    head_end = message.find("\r\n\r\n");
  }
  return message;
}

}  // namespace storepulse::testing
