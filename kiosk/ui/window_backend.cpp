#include "kiosk/ui/window_backend.h"

#include <algorithm>
#include <atomic>
#include <iostream>
#include <stdexcept>
#include <utility>
#include <vector>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <stb_image_write.h>

namespace storepulse::kiosk::ui {
namespace {

std::atomic<bool> input_arrived{false};

void mark_input() { input_arrived.store(true); }
void on_mouse_button(GLFWwindow*, int, int, int) { mark_input(); }
std::vector<edit_key> edit_keys;  // GLFW calls back on the main thread, which also takes them

void on_key(GLFWwindow*, int key, int, int action, int mods) {
  mark_input();
  if (action != GLFW_PRESS && action != GLFW_REPEAT) return;
  if (key == GLFW_KEY_BACKSPACE) edit_keys.push_back(edit_key::backspace);
  if (key == GLFW_KEY_ENTER || key == GLFW_KEY_KP_ENTER) edit_keys.push_back(edit_key::enter);
  if (key == GLFW_KEY_ESCAPE) edit_keys.push_back(edit_key::escape);
  if (key == GLFW_KEY_V && (mods & GLFW_MOD_CONTROL) != 0) edit_keys.push_back(edit_key::paste);
}
void on_char(GLFWwindow*, unsigned int) { mark_input(); }
void on_scroll(GLFWwindow*, double, double) { mark_input(); }
void on_size(GLFWwindow*, int, int) { mark_input(); }
void on_refresh(GLFWwindow*) { mark_input(); }
void on_focus(GLFWwindow*, int) { mark_input(); }

bool save_frame(int width, int height, const std::string& path) {
  std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 3);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
  // OpenGL rows start at the bottom.
  stbi_flip_vertically_on_write(1);
  return stbi_write_png(path.c_str(), width, height, 3, pixels.data(), width * 3) != 0;
}

}  // namespace

window_backend::window_backend(const window_options& options) {
  if (glfwInit() == GLFW_FALSE) throw std::runtime_error("cannot initialise GLFW (no display?)");
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  GLFWmonitor* monitor = options.fullscreen ? glfwGetPrimaryMonitor() : nullptr;
  int width = options.portrait ? options.height : options.width;
  int height = options.portrait ? options.width : options.height;
  if (monitor != nullptr) {
    const GLFWvidmode* mode = glfwGetVideoMode(monitor);
    width = mode->width;
    height = mode->height;
  } else if (GLFWmonitor* screen = glfwGetPrimaryMonitor()) {
    // A window larger than the screen (a portrait window on a landscape screen) shrinks to fit
    // it, keeping its shape, so that no part of the kiosk lies off the glass.
    int x = 0, y = 0, room_w = 0, room_h = 0;
    glfwGetMonitorWorkarea(screen, &x, &y, &room_w, &room_h);
    if (room_w > 0 && room_h > 0 && (width > room_w || height > room_h)) {
      const double scale = std::min(static_cast<double>(room_w) / width, static_cast<double>(room_h) / height);
      std::cerr << "storepulse-kiosk: a " << width << "x" << height << " window does not fit the " << room_w << "x" << room_h
                << " screen; opening it at ";
      width = static_cast<int>(width * scale);
      height = static_cast<int>(height * scale);
      std::cerr << width << "x" << height << "\n";
    }
  }
  window_ = glfwCreateWindow(width, height, options.title.c_str(), monitor, nullptr);
  if (window_ == nullptr) {
    glfwTerminate();
    throw std::runtime_error("cannot open an OpenGL 3.3 window");
  }
  glfwMakeContextCurrent(window_);
  glfwSwapInterval(1);

  // Installed before ImGui's, which chains to them: every input event wakes a few frames.
  glfwSetMouseButtonCallback(window_, on_mouse_button);
  glfwSetKeyCallback(window_, on_key);
  glfwSetCharCallback(window_, on_char);
  glfwSetScrollCallback(window_, on_scroll);
  glfwSetWindowSizeCallback(window_, on_size);
  glfwSetWindowRefreshCallback(window_, on_refresh);
  glfwSetWindowFocusCallback(window_, on_focus);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  ImGui_ImplGlfw_InitForOpenGL(window_, true);
  ImGui_ImplOpenGL3_Init("#version 330 core");
}

window_backend::~window_backend() {
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window_);
  glfwTerminate();
}

bool window_backend::wait(std::optional<double> timeout_seconds) {
  if (!timeout_seconds) {
    glfwWaitEvents();
  } else if (*timeout_seconds <= 0) {
    glfwPollEvents();
  } else {
    glfwWaitEventsTimeout(*timeout_seconds);
  }
  return input_arrived.exchange(false);
}

void window_backend::begin_frame() {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
}

void window_backend::end_frame(ImU32 clear_colour, const std::string& png_path) {
  ImGui::Render();
  int width = 0;
  int height = 0;
  glfwGetFramebufferSize(window_, &width, &height);
  glViewport(0, 0, width, height);
  const ImVec4 c = ImGui::ColorConvertU32ToFloat4(clear_colour);
  glClearColor(c.x, c.y, c.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  if (!png_path.empty()) save_frame(width, height, png_path);
  glfwSwapBuffers(window_);
}

ImVec2 window_backend::size() const {
  int width = 0;
  int height = 0;
  glfwGetWindowSize(window_, &width, &height);
  return ImVec2(static_cast<float>(width), static_cast<float>(height));
}

float window_backend::monitor_dpi() const {
  GLFWmonitor* monitor = glfwGetWindowMonitor(window_);
  if (monitor == nullptr) monitor = glfwGetPrimaryMonitor();
  if (monitor == nullptr) return 96.0f;
  int width_mm = 0;
  int height_mm = 0;
  glfwGetMonitorPhysicalSize(monitor, &width_mm, &height_mm);
  const GLFWvidmode* mode = glfwGetVideoMode(monitor);
  if (width_mm <= 0 || mode == nullptr) return 96.0f;
  return static_cast<float>(mode->width) * 25.4f / static_cast<float>(width_mm);
}

bool window_backend::should_close() const { return glfwWindowShouldClose(window_) != 0; }

void window_backend::request_close() { glfwSetWindowShouldClose(window_, GLFW_TRUE); }

void window_backend::wake() { glfwPostEmptyEvent(); }

std::vector<edit_key> window_backend::take_edit_keys() { return std::exchange(edit_keys, {}); }

}  // namespace storepulse::kiosk::ui
