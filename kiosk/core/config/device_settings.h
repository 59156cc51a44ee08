#pragma once

#include <string>

namespace storepulse::kiosk {

// The kiosk's settings file in its data folder (key = value lines, mode 0600 since it holds
// the device token). Missing keys keep their defaults.
struct device_settings {
  std::string data_dir;
  std::string server = "http://127.0.0.1:8080";
  std::string ca_file;            // trusted authorities for https://; empty: the system's trust store
  std::string server_key_pin;     // "sha256/BASE64" of the server's key, set at enrollment; empty: none
  bool allow_plain_http = false;  // plain http:// beyond loopback
  std::string device_token;    // empty until enrolled
  std::string device_label = "break room";
  std::string location_code;   // from enrollment, for the operator panel
  std::string location_name;
  std::string operator_pin;  // digits; empty until set at installation or chosen at the kiosk
  bool fullscreen = true;
  int window_width = 1280;
  int window_height = 800;
  bool portrait = false;

  // Returns the settings in data_dir (creating the folder), or defaults when there is no file.
  static device_settings load(const std::string& data_dir);
  // Writes the file atomically (temporary file, fsync, rename) with mode 0600.
  void save() const;
  // Returns the settings file's path.
  std::string path() const;
  // Returns the offline queue's path in the data folder.
  std::string queue_path() const;
};

}  // namespace storepulse::kiosk
