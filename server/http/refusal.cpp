#include "server/http/refusal.h"

#include <boost/asio/write.hpp>

#include <chrono>
#include <string_view>

namespace storepulse::http {

namespace net = boost::asio;
namespace beast = boost::beast;

namespace {

constexpr std::string_view answer =
    "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 1\r\n"
    "Connection: close\r\nContent-Length: 69\r\n\r\n"
    "{\"error\":\"too_many_connections\",\"message\":\"connection limit reached\"}";

// A request with a body at the size limit is read whole; a client that keeps sending past this,
// or for longer than linger, is cut off.
constexpr std::size_t drain_limit = 128 * 1024;
constexpr auto linger = std::chrono::seconds(2);

}  // namespace

refusal::refusal(net::ip::tcp::socket socket, std::atomic<std::size_t>& count)
    : socket_(std::move(socket)), timer_(socket_.get_executor()), count_(count) {
  ++count_;
}

refusal::~refusal() { --count_; }

void refusal::run(bool graceful) {
  timer_.expires_after(linger);
  timer_.async_wait([self = shared_from_this()](beast::error_code ec) {
    if (ec != net::error::operation_aborted) self->close();
  });
  net::async_write(socket_, net::buffer(answer.data(), answer.size()),
                   [self = shared_from_this(), graceful](beast::error_code ec, std::size_t) {
                     self->on_write(graceful, ec);
                   });
}

void refusal::on_write(bool graceful, beast::error_code ec) {
  if (ec || !graceful) return close();
  socket_.shutdown(net::ip::tcp::socket::shutdown_send, ec);
  drain();
}

void refusal::drain() {
  socket_.async_read_some(net::buffer(scratch_), [self = shared_from_this()](beast::error_code ec, std::size_t n) {
    self->drained_ += n;
    if (ec || self->drained_ > drain_limit) return self->close();
    self->drain();
  });
}

void refusal::close() {
  beast::error_code ignored;
  socket_.close(ignored);
  timer_.cancel();
}

}  // namespace storepulse::http
