#include "tests/support/lossy_proxy.h"

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

}  // namespace

lossy_proxy::lossy_proxy(int server_port, int lose) : server_port_(server_port), lose_(lose) {
  listen_fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  auto address = loopback(0);
  socklen_t length = sizeof address;
  if (listen_fd_ < 0 || ::bind(listen_fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::listen(listen_fd_, 8) != 0 || ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&address), &length) != 0)
    throw std::runtime_error("lossy_proxy: cannot listen");
  port_ = ntohs(address.sin_port);
  thread_ = std::thread([this] { run(); });
}

lossy_proxy::~lossy_proxy() {
  stopping_ = true;
  thread_.join();
  ::close(listen_fd_);
}

void lossy_proxy::run() {
  while (!stopping_) {
    pollfd waiting{listen_fd_, POLLIN, 0};
    if (::poll(&waiting, 1, 50) <= 0) continue;
    int client = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (client < 0) continue;
    int number = ++connections_;
    relay(client, number <= lose_);
    ::close(client);
  }
}

void lossy_proxy::relay(int client, bool lose_answer) {
  int server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  auto address = loopback(server_port_);
  if (server < 0 || ::connect(server, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    if (server >= 0) ::close(server);
    return;
  }
  char chunk[16384];
  while (!stopping_) {
    pollfd both[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
    if (::poll(both, 2, 50) <= 0) continue;
    if (both[0].revents != 0) {
      auto n = ::recv(client, chunk, sizeof chunk, 0);
      if (n <= 0 || ::send(server, chunk, static_cast<std::size_t>(n), MSG_NOSIGNAL) != n) break;
    }
    if (both[1].revents != 0) {
      auto n = ::recv(server, chunk, sizeof chunk, 0);
      // The answer has begun: the server has done the work, and the client never hears of it.
      if (n <= 0 || lose_answer) break;
      if (::send(client, chunk, static_cast<std::size_t>(n), MSG_NOSIGNAL) != n) break;
    }
  }
  ::close(server);
}

}  // namespace storepulse::testing
