// The benchmark's baseline page (tests/bench/README.md, items 1 and 2): a bare Dear ImGui
// page built like the app (same compiler and link options, GLFW + WebGL2, the same two
// fonts from /assets/fonts built by the app's own card::fonts::BuildFonts,
// src/platform/fonts_web.h, at the page's devicePixelRatio), drawing one window with
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
#include "platform/fonts_web.h"  // the app's fonts, built by the same function

namespace {

GLFWwindow* g_window = nullptr;
bool g_first = true;
int g_frames = 0;

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
    card::fonts::BuildFonts(static_cast<float>(dpr));
    ImGui_ImplOpenGL3_CreateFontsTexture();
    ImGui::GetStyle().ScaleAllSizes(static_cast<float>(dpr));
    emscripten_set_main_loop(Frame, 0, false);
    return 0;
}
