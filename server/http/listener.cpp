#include "server/http/listener.h"

#include "server/http/http_session.h"
#include "server/http/refusal.h"

#include <boost/asio/strand.hpp>

#include <cstdio>

namespace storepulse::http {

namespace net = boost::asio;
namespace beast = boost::beast;

listener::listener(net::io_context& ioc, const net::ip::tcp::endpoint& endpoint, const router& router,
                   const session_options& options, connection_state& state, tls_source tls)
    : ioc_(ioc),
      acceptor_(net::make_strand(ioc)),
      pause_(acceptor_.get_executor()),
      router_(router),
      options_(options),
      state_(state),
      tls_(std::move(tls)) {
  acceptor_.open(endpoint.protocol());
  acceptor_.set_option(net::socket_base::reuse_address(true));
  acceptor_.bind(endpoint);
  acceptor_.listen(net::socket_base::max_listen_connections);
}

void listener::run() { do_accept(); }

void listener::stop() {
  net::post(acceptor_.get_executor(), [self = shared_from_this()] {
    beast::error_code ec;
    self->acceptor_.close(ec);
    self->pause_.cancel();
  });
}

unsigned short listener::port() const { return acceptor_.local_endpoint().port(); }

void listener::do_accept() {
  acceptor_.async_accept(net::make_strand(ioc_), beast::bind_front_handler(&listener::on_accept, shared_from_this()));
}

void listener::on_accept(beast::error_code ec, net::ip::tcp::socket socket) {
  if (ec == net::error::operation_aborted || !acceptor_.is_open()) return;
  if (ec && ec != net::error::connection_aborted) {
    // Out of descriptors (EMFILE, ENFILE) or memory: wait for sessions to close some, then keep
    // accepting rather than spinning on the same error.
    std::fprintf(stderr, "http: accept: %s; pausing accepts for 50 ms\n", ec.message().c_str());
    pause_.expires_after(std::chrono::milliseconds(50));
    pause_.async_wait([self = shared_from_this()](beast::error_code wait_ec) {
      if (wait_ec != net::error::operation_aborted) self->do_accept();
    });
    return;
  }
  if (!ec) {
    socket.set_option(net::ip::tcp::no_delay(true), ec);
    if (state_.open.load() >= options_.max_connections) {
      refuse(std::move(socket));
    } else if (tls_) {
      // The connection's OpenSSL object holds its own reference to the context, so a reload
      // that drops this one leaves the connection as it is.
      std::make_shared<http_session<tls_stream>>(router_, options_, state_, std::move(socket), *tls_())->run();
    } else {
      std::make_shared<http_session<plain_stream>>(router_, options_, state_, std::move(socket))->run();
    }
  }
  do_accept();
}

void listener::refuse(net::ip::tcp::socket socket) {
  // Past this many refusals still reading what their clients sent, new ones are answered and
  // closed at once, so that a flood cannot hold descriptors for seconds each.
  constexpr std::size_t most_draining = 512;
  bool graceful = state_.refusing.load() < most_draining;
  std::make_shared<refusal>(std::move(socket), state_.refusing)->run(graceful);
}

}  // namespace storepulse::http
