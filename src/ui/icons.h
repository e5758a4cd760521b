// Icons: Font Awesome 4.7 glyphs (fonts-font-awesome, packed as
// /assets/fonts/fontawesome-webfont.ttf) merged into the text font by the web host, so an
// icon is just UTF-8 text: ImGui::Text(ICON_PHONE " %s", ...). Only the glyphs listed in
// kIconGlyphs are loaded: add a new icon there too. The native test build has no icon
// font; icons there draw as the fallback glyph, labels stay findable by their text.
#pragma once

#include "imgui.h"

// clang-format off
#define ICON_PLUS          "\xef\x81\xa7"  // f067
#define ICON_PENCIL        "\xef\x81\x80"  // f040
#define ICON_TRASH         "\xef\x87\xb8"  // f1f8
#define ICON_UNDO          "\xef\x83\xa2"  // f0e2
#define ICON_CHECK         "\xef\x80\x8c"  // f00c
#define ICON_TIMES         "\xef\x80\x8d"  // f00d
#define ICON_STAR          "\xef\x80\x85"  // f005
#define ICON_USER          "\xef\x80\x87"  // f007
#define ICON_USERS         "\xef\x83\x80"  // f0c0 (meeting)
#define ICON_PHONE         "\xef\x82\x95"  // f095 (call)
#define ICON_ENVELOPE      "\xef\x83\xa0"  // f0e0 (e-mail)
#define ICON_ENVELOPE_O    "\xef\x80\x83"  // f003 (letter)
#define ICON_FILE_TEXT     "\xef\x85\x9c"  // f15c (document)
#define ICON_CHECK_SQUARE  "\xef\x81\x86"  // f046 (task)
#define ICON_STICKY_NOTE   "\xef\x89\x8a"  // f24a (note)
#define ICON_PAPERCLIP     "\xef\x83\x86"  // f0c6
#define ICON_WARNING       "\xef\x81\xb1"  // f071
#define ICON_CLOCK         "\xef\x80\x97"  // f017
#define ICON_CALENDAR      "\xef\x81\xb3"  // f073
#define ICON_ARROW_IN      "\xef\x82\x90"  // f090 sign-in (incoming)
#define ICON_ARROW_OUT     "\xef\x82\x8b"  // f08b sign-out (outgoing)
#define ICON_EXTERNAL      "\xef\x82\x8e"  // f08e
#define ICON_DOWNLOAD      "\xef\x80\x99"  // f019
#define ICON_SEARCH        "\xef\x80\x82"  // f002
#define ICON_FILTER        "\xef\x82\xb0"  // f0b0
#define ICON_REFRESH       "\xef\x80\xa1"  // f021 (needs update)
#define ICON_DATABASE      "\xef\x87\x80"  // f1c0 (infobase)
#define ICON_CUBE          "\xef\x86\xb2"  // f1b2 (product)
#define ICON_BRIEFCASE     "\xef\x82\xb1"  // f0b1 (contract)
#define ICON_TAG           "\xef\x80\xab"  // f02b
#define ICON_BAN           "\xef\x81\x9e"  // f05e (cancelled)
// clang-format on

namespace card {

// The code points above, for the font loader.
constexpr ImWchar kIconGlyphs[] = {0xf067, 0xf040, 0xf1f8, 0xf0e2, 0xf00c, 0xf00d, 0xf005, 0xf007, 0xf0c0, 0xf095,
                                   0xf0e0, 0xf003, 0xf15c, 0xf046, 0xf24a, 0xf0c6, 0xf071, 0xf017, 0xf073, 0xf090,
                                   0xf08b, 0xf08e, 0xf019, 0xf002, 0xf0b0, 0xf021, 0xf1c0, 0xf1b2, 0xf0b1, 0xf02b,
                                   0xf05e};

}  // namespace card
