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

// Writes raw bytes to 127.0.0.1:port and returns everything the server sends back before closing.
std::string raw_exchange(int port, const std::string& bytes);

}  // namespace storepulse::testing
