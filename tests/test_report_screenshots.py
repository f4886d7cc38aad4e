"""`make screenshots` (docs/screenshots.py): pictures of the reports with headless Chromium."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("screenshots", ROOT / "docs" / "screenshots.py")
screenshots = importlib.util.module_from_spec(spec)
spec.loader.exec_module(screenshots)


def test_make_target_runs_the_script():
    makefile = (ROOT / "Makefile").read_text()
    assert "\nscreenshots: " in makefile and "docs/screenshots.py" in makefile
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("article-report.png", "corpus-report.png"):
        assert f"(docs/{name})" in readme and (ROOT / "docs" / name).is_file()


def test_missing_chromium_is_said_clearly(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # no browser on it
    monkeypatch.delenv("CHROMIUM", raising=False)
    assert screenshots.main(["--out", str(tmp_path / "docs")]) == 2
    err = capsys.readouterr().err
    assert "Chromium not found" in err and "apt-get install chromium" in err
    assert not (tmp_path / "docs").exists()


@pytest.mark.skipif(screenshots.find_browser() is None, reason="Chromium is not installed")
def test_screenshot_of_a_whole_page_is_cropped(tmp_path):
    from PIL import Image

    page = tmp_path / "page.html"
    page.write_text('<body style="margin:0"><div style="height:900px;background:#1f77b4"></div></body>')
    png = tmp_path / "page.png"
    screenshots.screenshot(screenshots.find_browser(), page, png)
    image = Image.open(png)
    assert image.width == screenshots.WIDTH
    assert 900 <= image.height <= 900 + 40  # the page's height, not the window's
