// The benchmark's baseline page (tests/bench/README.md, items 1 and 2): a bare Dear ImGui
// page built like the app (same compiler and link options, GLFW + WebGL2, the same two
// fonts from /assets/fonts loaded with the same sizes, oversampling and glyph ranges as
// src/main_web.cpp's BuildFonts, at the page's devicePixelRatio), drawing one window with
// some text. It publishes Module.benchFirstFrameMs (performance.now()) at the end of its
// first frame, the same moment the app reports (src/platform/bench_web.h).
#include <emscripten.h>
#include <emscripten/html5.h>
#define GLFW_INCLUDE_ES3
#include <GLFW/glfw3.h>

#include <cmath>
#include <cstdio>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "ui/icons.h"  // the icon glyph list the app loads (header only)

namespace {

constexpr float kBaseFontPx = 16.0f;  // as src/main_web.cpp
GLFWwindow* g_window = nullptr;
bool g_first = true;
int g_frames = 0;

// The same ranges as src/main_web.cpp's GlyphRanges().
const ImWchar* GlyphRanges() {
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0400, 0x052F, 0x2010, 0x205E,
                                     0x20AC, 0x20AC, 0x20BD, 0x20BD, 0x2116, 0x2116,
                                     0x2190, 0x21FF, 0x2212, 0x2212, 0x25A0, 0x25FF, 0};
    return ranges;
}

// The same fonts as src/main_web.cpp's BuildFonts(scale).
void BuildFonts(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig cfg;
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    if (!io.Fonts->AddFontFromFileTTF("/assets/fonts/DejaVuSans.ttf", std::round(kBaseFontPx * scale), &cfg,
                                      GlyphRanges())) {
        std::fprintf(stderr, "font missing\n");
        io.Fonts->AddFontDefault();
    }
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
    icons.GlyphMinAdvanceX = std::round(kBaseFontPx * scale * 1.25f);
    icons.OversampleH = 2;
    icons.OversampleV = 1;
    if (!io.Fonts->AddFontFromFileTTF("/assets/fonts/fontawesome-webfont.ttf", std::round(kBaseFontPx * scale * 0.9f),
                                      &icons, icon_ranges))
        std::fprintf(stderr, "icon font missing\n");
}

void Frame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin("Bare page", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
    ImGui::TextUnformatted("Bare Dear ImGui page: the benchmark's baseline.");
    ImGui::TextUnformatted("Пустая страница Dear ImGui " ICON_USER " " ICON_PHONE);
    ImGui::Text("frames: %d", g_frames);
    ImGui::End();
    ImGui::Render();
    int w = 0, h = 0;
    glfwGetFramebufferSize(g_window, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(0.96f, 0.96f, 0.97f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++g_frames;
    if (g_first) {
        g_first = false;
        EM_ASM({ Module.benchFirstFrameMs = performance.now(); });
    }
}

}  // namespace

int main() {
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    g_window = glfwCreateWindow(1280, 800, "Bare", nullptr, nullptr);
    if (!g_window) return 1;
    glfwMakeContextCurrent(g_window);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(g_window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    const double dpr = emscripten_get_device_pixel_ratio();
    glfwSetWindowSize(g_window, static_cast<int>(std::lround(css_w * dpr)), static_cast<int>(std::lround(css_h * dpr)));
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    BuildFonts(static_cast<float>(dpr));
    ImGui_ImplOpenGL3_CreateFontsTexture();
    ImGui::GetStyle().ScaleAllSizes(static_cast<float>(dpr));
    emscripten_set_main_loop(Frame, 0, false);
    return 0;
}
