#pragma once

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/error.hpp>

#include <array>
#include <atomic>
#include <cstddef>
#include <memory>

namespace storepulse::http {

// A connection past the cap: it gets a whole 503 with Retry-After. What the client sent is then
// read and dropped, up to a bound, before the socket closes: closing over unread bytes makes the
// kernel send a reset, which can destroy the answer before the client reads it.
class refusal : public std::enable_shared_from_this<refusal> {
 public:
  // count: refusals still running, kept by the listener to bound them.
  refusal(boost::asio::ip::tcp::socket socket, std::atomic<std::size_t>& count);
  ~refusal();

  // Writes the answer; when graceful, reads what follows before closing.
  void run(bool graceful);

 private:
  void on_write(bool graceful, boost::beast::error_code ec);
  void drain();
  void close();

  boost::asio::ip::tcp::socket socket_;
  boost::asio::steady_timer timer_;
  std::atomic<std::size_t>& count_;
  std::array<char, 4096> scratch_{};
  std::size_t drained_ = 0;
};

}  // namespace storepulse::http
