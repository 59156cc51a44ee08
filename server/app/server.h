#pragma once

#include "server/app/server_config.h"

#include <memory>

namespace storepulse::app {

// The whole server: storage, writer, readers, routes and the network, started and stopped as one.
class server {
 public:
  // Opens and migrates the database and binds the listening socket.
  explicit server(server_config config);
  ~server();

  // Serves until SIGTERM or SIGINT, then shuts down gracefully; returns the exit code.
  int run();
  // Returns the bound port.
  unsigned short port() const;

 private:
  struct parts;
  std::unique_ptr<parts> parts_;
};

}  // namespace storepulse::app
