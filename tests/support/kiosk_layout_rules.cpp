#include "tests/support/kiosk_layout_rules.h"

#include <algorithm>
#include <sstream>

namespace storepulse::test {
namespace {

// DejaVu Sans: capital height 1493 units over ascent + descent 2384, the height the font is loaded at.
constexpr double cap_per_pixel_size = 1493.0 / 2384.0;

struct rect {
  std::string name;
  int x, y, w, h;
};

// Rectangles that share more than a pixel's sliver (rounding to whole pixels may touch).
bool overlap(const rect& a, const rect& b) {
  return std::min(a.x + a.w, b.x + b.w) - std::max(a.x, b.x) > 1 && std::min(a.y + a.h, b.y + b.h) - std::max(a.y, b.y) > 1;
}

bool inside(const rect& a, const rect& outer) {
  return a.x >= outer.x - 1 && a.y >= outer.y - 1 && a.x + a.w <= outer.x + outer.w + 1 && a.y + a.h <= outer.y + outer.h + 1;
}

std::string describe(const rect& r) {
  std::ostringstream out;
  out << r.name << " [" << r.x << "," << r.y << " " << r.w << "x" << r.h << "]";
  return out.str();
}

}  // namespace

std::vector<std::string> layout_violations(const kiosk_layout& l, const kiosk_layout_limits& limits) {
  std::vector<std::string> out;
  const auto say = [&](const std::string& s) { out.push_back(l.screen + ": " + s); };
  const double px_per_mm = l.dpi / 25.4;
  const rect window{"window", 0, 0, l.width, l.height};

  std::vector<rect> solids;  // buttons and panels: text stands on them only when it is theirs
  for (const auto& b : l.buttons) solids.push_back({"button " + b.id, b.x, b.y, b.w, b.h});
  for (const auto& p : l.panels) solids.push_back({"panel " + p.id, p.x, p.y, p.w, p.h});

  for (std::size_t i = 0; i < solids.size(); ++i) {
    const rect& a = solids[i];
    if (!inside(a, window)) say(describe(a) + " lies outside the window");
    for (std::size_t j = i + 1; j < solids.size(); ++j) {
      if (overlap(a, solids[j])) say(describe(a) + " overlaps " + describe(solids[j]));
    }
  }
  for (const auto& b : l.buttons) {
    const bool answer = b.id.rfind("answer.", 0) == 0;
    const double need = (answer ? limits.answer_mm : limits.button_mm) * px_per_mm;
    if (std::min(b.w, b.h) + 1 < need) {
      std::ostringstream s;
      s << "button " << b.id << " is " << std::min(b.w, b.h) / px_per_mm << " mm on its short side, under "
        << (answer ? limits.answer_mm : limits.button_mm) << " mm";
      say(s.str());
    }
  }

  std::vector<rect> texts;
  for (std::size_t i = 0; i < l.texts.size(); ++i) {
    const auto& t = l.texts[i];
    const rect r{"text " + std::to_string(i) + (t.id.empty() ? "" : " of " + t.id), t.x, t.y, t.w, t.h};
    texts.push_back(r);
    if (!inside(r, window)) say(describe(r) + " lies outside the window");
    const double cap_mm = t.px * cap_per_pixel_size / px_per_mm;
    if (cap_mm + 0.05 < limits.cap_mm) {
      std::ostringstream s;
      s << describe(r) << " has capitals " << cap_mm << " mm high, under " << limits.cap_mm << " mm";
      say(s.str());
    }
    for (const auto& solid : solids) {
      // The operator's corner is a hidden gesture area that draws nothing: text may stand there.
      if (solid.name == "button operator_corner") continue;
      const bool own = solid.name == "button " + t.id || solid.name == "panel " + t.id;
      if (own && !inside(r, solid)) say(describe(r) + " spills out of " + describe(solid));
      if (!own && overlap(r, solid)) say(describe(r) + " is drawn over " + describe(solid));
    }
  }
  for (std::size_t i = 0; i < texts.size(); ++i) {
    for (std::size_t j = i + 1; j < texts.size(); ++j) {
      if (overlap(texts[i], texts[j])) say(describe(texts[i]) + " overlaps " + describe(texts[j]));
    }
  }
  return out;
}

}  // namespace storepulse::test
