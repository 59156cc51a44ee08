#pragma once

#include <google/protobuf/struct.pb.h>

#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

namespace storepulse::test {

// A headless Chromium driven by chromedriver over the W3C WebDriver HTTP protocol. Starts
// chromedriver on a free loopback port and one browser session with a fresh profile; both end
// with the object.
class webdriver_client {
 public:
  // browser is the Chromium binary; "" picks the system's.
  webdriver_client(int width = 1280, int height = 900, const std::string& browser = "");
  ~webdriver_client();
  webdriver_client(const webdriver_client&) = delete;
  webdriver_client& operator=(const webdriver_client&) = delete;

  // Opens url and waits for the page's load event.
  void navigate(const std::string& url);
  // Returns the element id of the first match of a CSS selector, or "" when there is none.
  std::string find(const std::string& css);
  // Returns the element ids of every match.
  std::vector<std::string> find_all(const std::string& css);
  // Waits until the selector matches an element; returns its id or throws after timeout.
  std::string wait_for(const std::string& css, std::chrono::milliseconds timeout = std::chrono::seconds(15));
  // Waits until the page's visible text contains text; throws after timeout.
  void wait_for_text(const std::string& text, std::chrono::milliseconds timeout = std::chrono::seconds(15));
  // Returns the element's rendered text.
  std::string text(const std::string& element);
  void click(const std::string& element);
  // Clears the input and types text into it.
  void type(const std::string& element, const std::string& text);
  // Sends keys (WebDriver key codes such as "\uE004" for Tab) to the focused element.
  void send_keys_to_page(const std::string& keys);
  // Runs script (a function body; arguments in `arguments`) and returns its value.
  google::protobuf::Value execute(const std::string& script);
  // Returns the result of execute as a string (strings as-is, other values as JSON).
  std::string execute_string(const std::string& script);
  // Writes a PNG of the viewport to path.
  void screenshot(const std::string& path);
  // Resizes the browser window.
  void set_window_size(int width, int height);
  // Deletes every cookie (signs the browser out).
  void delete_cookies();
  // Sets a cookie for the current page's host (an HttpOnly one, such as a session's, too).
  void add_cookie(const std::string& name, const std::string& value);

 private:
  google::protobuf::Value command(const std::string& method, const std::string& path,
                                  const std::string& body = "{}");
  std::string element_id(const google::protobuf::Value& value) const;

  pid_t driver_pid_ = -1;
  unsigned short port_ = 0;
  std::string profile_dir_;
  std::string session_;
};

// Returns the directory for test artifacts (STOREPULSE_ARTIFACT_DIR, or the env override), made
// if missing.
std::string artifact_dir();

}  // namespace storepulse::test
