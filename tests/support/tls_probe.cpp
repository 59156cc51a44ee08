#include "tests/support/tls_probe.h"

#include "tests/support/test_certificates.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <openssl/ssl.h>

#include <chrono>
#include <stdexcept>

namespace storepulse::testing {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;

tls_probe::tls_probe(int port) : context_(net::ssl::context::tls_client), stream_(ioc_, context_) {
  context_.set_verify_mode(net::ssl::verify_none);
  beast::get_lowest_layer(stream_).expires_after(std::chrono::seconds(10));
  beast::get_lowest_layer(stream_).connect(
      net::ip::tcp::endpoint(net::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)));
  stream_.handshake(net::ssl::stream_base::client);
}

tls_probe::~tls_probe() {
  beast::error_code ignored;
  beast::get_lowest_layer(stream_).socket().close(ignored);
}

std::string tls_probe::peer_pin() {
  X509* certificate = SSL_get0_peer_certificate(stream_.native_handle());
  if (certificate == nullptr) throw std::runtime_error("the server presented no certificate");
  return public_key_pin_of(certificate);
}

int tls_probe::get(const std::string& target) {
  try {
    bhttp::request<bhttp::empty_body> request{bhttp::verb::get, target, 11};
    request.set(bhttp::field::host, "127.0.0.1");
    request.keep_alive(true);
    beast::get_lowest_layer(stream_).expires_after(std::chrono::seconds(10));
    bhttp::write(stream_, request);
    bhttp::response<bhttp::string_body> response;
    bhttp::read(stream_, buffer_, response);
    return static_cast<int>(response.result_int());
  } catch (const std::exception&) {
    return 0;
  }
}

int https_status(int port, const std::string& target) {
  try {
    tls_probe probe(port);
    return probe.get(target);
  } catch (const std::exception&) {
    return 0;
  }
}

}  // namespace storepulse::testing
