#include "tests/support/lossy_proxy.h"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace storepulse::testing {

lossy_proxy::lossy_proxy(int server_port, int lose)
    : server_port_(server_port),
      lose_(lose),
      listener_([this](int client, const std::atomic<bool>& stopping) {
        int number = ++connections_;
        relay(client, number <= lose_, stopping);
      }) {}

void lossy_proxy::relay(int client, bool lose_answer, const std::atomic<bool>& stopping) {
  const int server = connect_loopback(server_port_);
  if (server < 0) return;
  char chunk[16384];
  while (!stopping) {
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
