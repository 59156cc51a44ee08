#pragma once

#include <map>
#include <string>

namespace storepulse::testing {

struct http_reply {
  int status = 0;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
};

// Sends one HTTP/1.1 request to 127.0.0.1:port on a fresh connection and returns the answer
// (status 0 when the connection failed).
http_reply http_send(int port, const std::string& method, const std::string& target, const std::string& body = {},
                     const std::map<std::string, std::string>& headers = {});

// As http_send, from a socket bound to source, another loopback address such as "127.0.0.2", so
// that the server sees a peer other than 127.0.0.1.
http_reply http_send_from(const std::string& source, int port, const std::string& method, const std::string& target,
                          const std::string& body = {}, const std::map<std::string, std::string>& headers = {});

// Returns the text of a gzip body; throws when it is not one whole gzip stream.
std::string gunzip(const std::string& data);

// Writes raw bytes to 127.0.0.1:port and returns everything the server sends back before closing.
std::string raw_exchange(int port, const std::string& bytes);

// A plain TCP connection to 127.0.0.1:port that sends raw bytes and reads with a time limit, for
// tests of what the server does with slow or idle clients.
class raw_connection {
 public:
  explicit raw_connection(int port);
  ~raw_connection();
  raw_connection(const raw_connection&) = delete;
  raw_connection& operator=(const raw_connection&) = delete;

  // Writes bytes; returns false when the server has closed the connection.
  bool send(const std::string& bytes);
  // Reads until the text holds a whole answer (its header and Content-Length bytes of body), the
  // server closes, or limit_seconds pass; returns what was read.
  std::string read_answer(double limit_seconds);
  // Reads and discards until the server closes; returns the seconds that took, or a negative
  // number when the connection was still open after limit_seconds.
  double seconds_until_closed(double limit_seconds);
  // Reads until the server closes or limit_seconds pass; returns what was read, and whether the
  // server closed, in closed.
  std::string read_until_closed(double limit_seconds, bool& closed);

 private:
  int fd_ = -1;
};

}  // namespace storepulse::testing
