#include "kiosk/core/config/device_settings.h"

#include "kiosk/core/config/atomic_file.h"

#include <sstream>

namespace storepulse::kiosk {

namespace {

bool parse_bool(const std::string& text) { return text == "true" || text == "1" || text == "yes"; }

int parse_int(const std::string& text, int fallback) {
  try {
    return std::stoi(text);
  } catch (const std::exception&) {
    return fallback;
  }
}

}  // namespace

device_settings device_settings::load(const std::string& data_dir) {
  ensure_directory(data_dir);
  device_settings settings;
  settings.data_dir = data_dir;
  auto contents = read_file(settings.path());
  if (!contents) {
    return settings;
  }
  std::istringstream lines(*contents);
  std::string line;
  while (std::getline(lines, line)) {
    auto equals = line.find('=');
    if (line.empty() || line[0] == '#' || equals == std::string::npos) {
      continue;
    }
    auto trim = [](std::string text) {
      auto first = text.find_first_not_of(" \t\r");
      auto last = text.find_last_not_of(" \t\r");
      return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
    };
    std::string key = trim(line.substr(0, equals));
    std::string value = trim(line.substr(equals + 1));
    if (key == "server") {
      settings.server = value;
    } else if (key == "ca_file") {
      settings.ca_file = value;
    } else if (key == "server_key_pin") {
      settings.server_key_pin = value;
    } else if (key == "allow_plain_http") {
      settings.allow_plain_http = parse_bool(value);
    } else if (key == "device_token") {
      settings.device_token = value;
    } else if (key == "device_label") {
      settings.device_label = value;
    } else if (key == "location_code") {
      settings.location_code = value;
    } else if (key == "location_name") {
      settings.location_name = value;
    } else if (key == "operator_pin") {
      // Earlier versions saved the published default 2468: a PIN that short opens nothing and
      // the next operator chooses one.
      settings.operator_pin = value.size() >= 6 ? value : std::string();
    } else if (key == "fullscreen") {
      settings.fullscreen = parse_bool(value);
    } else if (key == "window_width") {
      settings.window_width = parse_int(value, settings.window_width);
    } else if (key == "window_height") {
      settings.window_height = parse_int(value, settings.window_height);
    } else if (key == "portrait") {
      settings.portrait = parse_bool(value);
    }
  }
  return settings;
}

void device_settings::save() const {
  ensure_directory(data_dir);
  std::ostringstream out;
  out << "# Storepulse kiosk settings. Holds the device token: keep this file private (0600).\n"
      << "server = " << server << "\n"
      << "ca_file = " << ca_file << "\n"
      << "server_key_pin = " << server_key_pin << "\n"
      << "allow_plain_http = " << (allow_plain_http ? "true" : "false") << "\n"
      << "device_token = " << device_token << "\n"
      << "device_label = " << device_label << "\n"
      << "location_code = " << location_code << "\n"
      << "location_name = " << location_name << "\n"
      << "operator_pin = " << operator_pin << "\n"
      << "fullscreen = " << (fullscreen ? "true" : "false") << "\n"
      << "window_width = " << window_width << "\n"
      << "window_height = " << window_height << "\n"
      << "portrait = " << (portrait ? "true" : "false") << "\n";
  write_file_atomically(path(), out.str(), 0600);
}

std::string device_settings::path() const { return data_dir + "/kiosk.conf"; }

std::string device_settings::queue_path() const { return data_dir + "/queue.sqlite"; }

}  // namespace storepulse::kiosk
