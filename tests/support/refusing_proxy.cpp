#include "tests/support/refusing_proxy.h"

#include <sys/socket.h>
#include <unistd.h>

namespace storepulse::testing {

refusing_proxy::refusing_proxy(int server_port, int status, int refusals)
    : server_port_(server_port),
      status_(status),
      refusals_(refusals),
      listener_([this](int client, const std::atomic<bool>& stopping) { serve(client, stopping); }) {}

std::string refusing_proxy::url() const { return "http://127.0.0.1:" + std::to_string(listener_.port()); }

void refusing_proxy::serve(int client, const std::atomic<bool>& stopping) {
  // The whole first request, so that closing afterwards resets nothing the client still sends.
  const std::string request = read_http_message(client, stopping);
  const bool upload = request.rfind("POST /api/v1/kiosk/submissions ", 0) == 0;
  std::string answer;
  if (!upload || refused_.load() >= refusals_) {
    // One answer, then both connections close: every request is judged on a connection of its own.
    const int server = connect_loopback(server_port_);
    if (server < 0) return;
    if (::send(server, request.data(), request.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(request.size()))
      answer = read_http_message(server, stopping);
    ::close(server);
  } else {
    ++refused_;
    const std::string body = "<html><body>The plain HTTP request was sent to HTTPS port</body></html>";
    answer = "HTTP/1.1 " + std::to_string(status_) + " Refused\r\nContent-Type: text/html\r\n" +
             "Content-Length: " + std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
  }
  ::send(client, answer.data(), answer.size(), MSG_NOSIGNAL);
  ::shutdown(client, SHUT_WR);
}

}  // namespace storepulse::testing
