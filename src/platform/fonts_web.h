// The page's fonts (header only: the app and the benchmark's bare baseline page,
// tests/bench/bare_main.cpp, build their atlas with this one function, so the baseline's
// fonts are the app's by construction). DejaVu Sans for text, Font Awesome 4.7 icons merged
// into it, both from /assets/fonts (the preloaded .data file), at `scale` x 16 px.
#pragma once

#include <cmath>
#include <cstdio>

#include "imgui.h"
#include "ui/icons.h"

namespace card::fonts {

constexpr float kBaseFontPx = 16.0f;

// Latin, Latin-1, Cyrillic, general punctuation (dashes, quotes, ellipsis), No. sign, rouble.
inline const ImWchar* GlyphRanges() {
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0400, 0x052F, 0x2010, 0x205E,
                                     0x20AC, 0x20AC, 0x20BD, 0x20BD, 0x2116, 0x2116,
                                     0x2190, 0x21FF, 0x2212, 0x2212, 0x25A0, 0x25FF, 0};
    return ranges;
}

inline void BuildFonts(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig cfg;
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    ImFont* font = io.Fonts->AddFontFromFileTTF("/assets/fonts/DejaVuSans.ttf",
                                                std::round(kBaseFontPx * scale), &cfg, GlyphRanges());
    if (!font) {
        std::fprintf(stderr, "font missing: falling back to ImGui's default (no Cyrillic)\n");
        io.Fonts->AddFontDefault();
    }
    // Icons merged into the text font (ui/icons.h): one range per glyph actually used.
    static ImWchar icon_ranges[2 * (sizeof card::kIconGlyphs / sizeof card::kIconGlyphs[0]) + 1];
    size_t n = 0;
    for (ImWchar g : card::kIconGlyphs) {
        icon_ranges[n++] = g;
        icon_ranges[n++] = g;
    }
    icon_ranges[n] = 0;
    ImFontConfig icons;
    icons.MergeMode = true;
    icons.PixelSnapH = true;
    icons.GlyphMinAdvanceX = std::round(kBaseFontPx * scale * 1.25f);  // icons line up in columns
    icons.OversampleH = 2;
    icons.OversampleV = 1;
    if (!io.Fonts->AddFontFromFileTTF("/assets/fonts/fontawesome-webfont.ttf", std::round(kBaseFontPx * scale * 0.9f),
                                      &icons, icon_ranges))
        std::fprintf(stderr, "icon font missing: icons draw as boxes\n");
}

}  // namespace card::fonts
