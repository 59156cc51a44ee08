#pragma once

// A simulated kiosk over the real kiosk core, and what the simulator's commands share.
#include "kiosk/core/config/config_cache.h"
#include "kiosk/core/config/device_settings.h"
#include "kiosk/core/queue/offline_queue.h"
#include "kiosk/core/sync/sync_worker.h"
#include "kiosk/core/sync/tls_trust.h"

#include <boost/program_options.hpp>

#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace storepulse::simulator {

namespace po = boost::program_options;
namespace sk = storepulse::kiosk;
namespace v1 = storepulse::v1;

// One subcommand: `storepulse-simulator NAME [options]`.
struct command {
  std::string name;
  std::string summary;
  std::function<int(const std::vector<std::string>&)> run;
};

// Parses a command's options; returns false (with rc set) on --help or an error.
bool parse(const std::string& name, const std::string& summary, po::options_description& options,
           const std::vector<std::string>& args, int& rc);

// One simulated kiosk: its data folder, settings, queue, config cache and sync worker.
struct kiosk {
  sk::device_settings settings;
  sk::offline_queue queue;
  sk::config_cache cache;
  sk::sync_worker worker;

  kiosk(const std::string& data_dir, const sk::sync_options& options)
      : settings(sk::device_settings::load(data_dir)),
        queue(settings.queue_path()),
        cache(data_dir),
        worker(queue, cache, settings, options) {}
};

// Returns sync options with short retry delays and no upload delay, for scripted runs.
sk::sync_options simulator_sync_options();
// Saves the TLS flags given and points the kiosk at server when given; returns false after
// printing why it cannot.
bool use_server(kiosk& k, const std::string& server, const sk::tls_flags& tls = {});
// Uploads until nothing waits or timeout passes; returns true when nothing waits and nothing is held.
bool drain(kiosk& k, std::chrono::seconds timeout, bool quiet = false);
// Prints what a drain came to: delivered or not, and what is left or refused.
void print_outcome(kiosk& k, bool drained);
// Fetches the configuration when none is cached; returns false after printing why it cannot.
bool ensure_config(kiosk& k);
// Prints enrollment, queue and configuration; returns the exit code.
int print_status(kiosk& k);

int run_enroll(const std::vector<std::string>& args);
int run_submit(const std::vector<std::string>& args);
int run_sync(const std::vector<std::string>& args);
int run_status(const std::vector<std::string>& args);
int run_demo(const std::vector<std::string>& args);
int run_load(const std::vector<std::string>& args);

}  // namespace storepulse::simulator
