#include "tests/support/child_process.h"
#include "tests/support/http_client.h"
#include "tests/support/kiosk_server_fixture.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <catch2/catch.hpp>

#include <csignal>
#include <thread>

using namespace storepulse;

namespace {

// Returns the status of GET target over TLS (certificate not verified: it is self-signed), or 0.
int https_status(int port, const std::string& target) {
  namespace net = boost::asio;
  namespace beast = boost::beast;
  try {
    net::io_context ioc;
    net::ssl::context ctx(net::ssl::context::tls_client);
    ctx.set_verify_mode(net::ssl::verify_none);
    beast::ssl_stream<beast::tcp_stream> stream(ioc, ctx);
    beast::get_lowest_layer(stream).expires_after(std::chrono::seconds(10));
    beast::get_lowest_layer(stream).connect(
        net::ip::tcp::endpoint(net::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)));
    stream.handshake(net::ssl::stream_base::client);
    beast::http::request<beast::http::empty_body> req{beast::http::verb::get, target, 11};
    req.set(beast::http::field::host, "localhost");
    beast::http::write(stream, req);
    beast::flat_buffer buffer;
    beast::http::response<beast::http::string_body> res;
    beast::http::read(stream, buffer, res);
    return static_cast<int>(res.result_int());
  } catch (const std::exception&) {
    return 0;
  }
}

}  // namespace

TEST_CASE("With a certificate the server speaks HTTPS only", "[server][http][tls]") {
  testing::kiosk_server_fixture server;
  auto cert = server.folder().file("cert.pem"), key = server.folder().file("key.pem");
  std::string output;
  REQUIRE(testing::run_program({"/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj",
                                "/CN=localhost", "-days", "1", "-keyout", key, "-out", cert},
                               output) == 0);
  // The fixture waits for /readyz over plain HTTP, which a TLS server never answers; start by hand.
  testing::child_process process({STOREPULSE_SERVER_BIN, "--db", server.db_path(), "--port", std::to_string(server.port()),
                                  "--tls-certificate", cert, "--tls-private-key", key},
                                 server.folder().file("tls.log"));
  int status = 0;
  for (int i = 0; i < 100 && status == 0; ++i) {
    status = https_status(server.port(), "/healthz");
    if (status == 0) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  CHECK(status == 200);
  CHECK(https_status(server.port(), "/no/such/page") == 404);
  CHECK(testing::http_send(server.port(), "GET", "/healthz").status == 0);
  process.signal(SIGTERM);
  CHECK(process.wait() == 0);
}
