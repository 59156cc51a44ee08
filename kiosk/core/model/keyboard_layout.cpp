#include "kiosk/core/model/keyboard_layout.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string_view>

namespace storepulse::kiosk {
namespace {

keyboard_key chr(char c) { return {key_kind::character, c, 1}; }

// Appends a key per character.
void add_characters(std::vector<keyboard_key>& row, std::string_view characters) {
  for (char c : characters) row.push_back(chr(c));
}

std::vector<keyboard_key> row_of(std::string_view characters) {
  std::vector<keyboard_key> row;
  add_characters(row, characters);
  return row;
}

}  // namespace

std::vector<std::vector<keyboard_key>> keyboard_rows(keyboard_page page) {
  std::vector<std::vector<keyboard_key>> rows(keyboard_rows_per_page);
  // The page key sits wide at the bottom left on every page, erase at the end of the third row.
  if (page == keyboard_page::symbols) {
    add_characters(rows[0], "1234567890");
    add_characters(rows[1], "@_?&%~!$*'");
    add_characters(rows[2], "()[]{}<>,");
    rows[2].push_back({key_kind::erase, 0, 1});
    rows[3].push_back({key_kind::letters, 0, 4});
    add_characters(rows[3], ";\"\\|^`");
    return rows;
  }
  // What an address and a code need most sits beside the letters: - : / . # and base64's + =.
  rows[0] = row_of("qwertyuiop");
  rows[1] = row_of("asdfghjkl-");
  rows[2].push_back({key_kind::shift, 0, 2});
  add_characters(rows[2], "zxcvbnm");
  rows[2].push_back({key_kind::erase, 0, 1});
  rows[3].push_back({key_kind::symbols, 0, 4});
  add_characters(rows[3], ":/.#+=");
  if (page == keyboard_page::upper) {
    for (auto& row : rows) {
      for (auto& key : row) key.character = static_cast<char>(std::toupper(static_cast<unsigned char>(key.character)));
    }
  }
  return rows;
}

std::string key_name(const keyboard_key& key) {
  switch (key.kind) {
    case key_kind::erase: return "key.erase";
    case key_kind::shift: return "key.shift";
    case key_kind::symbols: return "key.symbols";
    case key_kind::letters: return "key.letters";
    case key_kind::character: break;
  }
  if (std::isalnum(static_cast<unsigned char>(key.character))) return std::string("key.") + key.character;
  char hex[8];
  std::snprintf(hex, sizeof hex, "%02x", static_cast<unsigned>(static_cast<unsigned char>(key.character)));
  return std::string("key.") + hex;
}

keyboard_page page_of(char c) {
  for (keyboard_page page : {keyboard_page::lower, keyboard_page::upper, keyboard_page::symbols}) {
    for (const auto& row : keyboard_rows(page)) {
      for (const auto& key : row) {
        if (key.kind == key_kind::character && key.character == c) return page;
      }
    }
  }
  return keyboard_page::lower;
}

keyboard_entry::keyboard_entry(std::string text, std::size_t max_length, keyboard_page page)
    : text_(std::move(text)),
      max_length_(max_length),
      page_(page),
      letters_(page == keyboard_page::symbols ? keyboard_page::lower : page) {
  if (text_.size() > max_length_) text_.resize(max_length_);
}

bool keyboard_entry::press(const keyboard_key& key) {
  switch (key.kind) {
    case key_kind::character:
      if (text_.size() >= max_length_) return false;
      text_.push_back(key.character);
      return true;
    case key_kind::erase:
      if (text_.empty()) return false;
      text_.pop_back();
      return true;
    case key_kind::shift:
      // A lock rather than one capital: codes and key pins run several capitals in a row.
      page_ = page_ == keyboard_page::upper ? keyboard_page::lower : keyboard_page::upper;
      letters_ = page_;
      return true;
    case key_kind::symbols:
      page_ = keyboard_page::symbols;
      return true;
    case key_kind::letters:
      page_ = letters_;
      return true;
  }
  return false;
}

keyboard_grid fit_keyboard(float width, float height, float gap, float min_key, float max_key) {
  keyboard_grid g;
  const float columns = static_cast<float>(keyboard_columns);
  const float rows = static_cast<float>(keyboard_rows_per_page);
  g.unit = std::max(0.0f, (width - gap * (columns - 1)) / columns);
  g.key_height = std::clamp((height - gap * (rows - 1)) / rows, 0.0f, max_key);
  // Keys no wider than they may be tall, by much: a wide screen gets a keyboard, not a bar.
  g.unit = std::min(g.unit, std::max(g.key_height, max_key) * 1.25f);
  g.width = g.unit * columns + gap * (columns - 1);
  g.height = g.key_height * rows + gap * (rows - 1);
  g.fits = g.unit >= min_key && g.key_height >= min_key;
  return g;
}

}  // namespace storepulse::kiosk
