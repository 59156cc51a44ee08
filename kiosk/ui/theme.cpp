#include "kiosk/ui/theme.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace storepulse::kiosk::ui {
namespace {

constexpr const char* regular_font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr const char* bold_font = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

// Latin-1 and Latin Extended-A (Western and Central Europe), typographic quotes, dashes and the
// narrow no-break space, currency signs, arrows.
constexpr ImWchar glyph_ranges[] = {0x0020, 0x017F, 0x2010, 0x202F, 0x2030, 0x203A, 0x20AC, 0x20B9, 0x2190, 0x2192, 0x2713, 0x2713, 0};

ImFont* load(const char* path, float size) {
  ImFontConfig config;
  config.OversampleH = 2;
  config.OversampleV = 1;
  ImFont* font = ImGui::GetIO().Fonts->AddFontFromFileTTF(path, size, &config, glyph_ranges);
  if (font == nullptr) throw std::runtime_error(std::string("cannot load font ") + path);
  return font;
}

}  // namespace

theme_sizes size_theme(float dpi, ImVec2 window_size) {
  theme_sizes s;
  s.dpi = dpi;
  s.touch = mm_to_px(15.0f, dpi);
  // Sizes follow the window's short side, but text never drops below ~4 mm cap height on glass.
  const float short_side = std::min(window_size.x, window_size.y);
  const float scale = std::clamp(short_side / 800.0f, 0.6f, 3.0f);
  // Dense small screens would push the layout off the glass; the window's size caps the type.
  // No text's capitals under 3.5 mm on the glass: DejaVu Sans' capitals are 0.626 of the size it
  // is loaded at.
  const float least = std::ceil(mm_to_px(3.5f / 0.626f, dpi));
  const float body = std::max(least, std::min(std::max(30.0f * scale, mm_to_px(6.0f, dpi)), std::max(18.0f, short_side / 24.0f)));
  s.margin = std::round(std::min(std::max(32.0f * scale, s.touch * 0.4f), short_side / 20.0f));
  s.gap = std::round(std::max(16.0f * scale, mm_to_px(3.0f, dpi)));
  s.rounding = std::round(14.0f * scale);
  s.body = std::round(body);
  s.small = std::max(least, std::round(body * 0.72f));
  s.title = std::round(body * 1.45f);
  s.display = std::round(body * 2.1f);
  return s;
}

theme load_theme(float dpi, ImVec2 window_size) {
  const theme_sizes s = size_theme(dpi, window_size);
  theme t;
  t.sizes = s;
  t.dpi = s.dpi;
  t.touch = s.touch;
  t.margin = s.margin;
  t.gap = s.gap;
  t.rounding = s.rounding;

  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  t.body = load(regular_font, s.body);
  t.small = load(regular_font, s.small);
  t.body_bold = load(bold_font, s.body);
  t.title = load(bold_font, s.title);
  t.display = load(bold_font, s.display);
  io.FontDefault = t.body;

  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  ImGui::StyleColorsLight(&style);
  style.WindowPadding = ImVec2(0, 0);
  style.WindowBorderSize = 0;
  style.FrameRounding = t.rounding * 0.5f;
  style.FramePadding = ImVec2(t.gap, t.gap * 0.6f);
  style.ItemSpacing = ImVec2(t.gap, t.gap);
  style.FrameBorderSize = 1.5f;
  style.Colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(t.colours.background);
  style.Colors[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(t.colours.ink);
  style.Colors[ImGuiCol_FrameBg] = ImGui::ColorConvertU32ToFloat4(t.colours.surface);
  style.Colors[ImGuiCol_Border] = ImGui::ColorConvertU32ToFloat4(t.colours.line);
  style.Colors[ImGuiCol_TextSelectedBg] = ImGui::ColorConvertU32ToFloat4(t.colours.primary_soft);
  return t;
}

}  // namespace storepulse::kiosk::ui
