"""Screenshots of the two reports for the README: ``make screenshots``.

Writes the article report of the shipped example and the corpus report of the shipped
Wikinews corpus, then photographs each whole page with headless Chromium into
``docs/article-report.png`` and ``docs/corpus-report.png``. Needs Chromium (Debian:
``apt-get install chromium``); says so and stops when it is missing.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
WIDTH = 1100  # px: the reports' reading width plus margins
MAX_HEIGHT = 16000  # px: taller than any report page; the blank end is cropped


def find_browser() -> str | None:
    """Chromium's command ($CHROMIUM, else the usual names on PATH)."""
    candidates = [os.environ.get("CHROMIUM", ""), *BROWSERS]
    return next((shutil.which(c) for c in candidates if c and shutil.which(c)), None)


def screenshot(browser: str, page: Path, png: Path) -> None:
    """The whole page as a PNG: a tall window, then the blank end cropped, 256 colours."""
    from PIL import Image, ImageChops

    args = [browser, "--headless", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1",
            f"--window-size={WIDTH},{MAX_HEIGHT}", f"--screenshot={png}", page.resolve().as_uri()]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.insert(1, "--no-sandbox")  # Chromium refuses to run as root with its sandbox
    subprocess.run(args, check=True, capture_output=True, timeout=180)
    image = Image.open(png).convert("RGB")
    blank = Image.new("RGB", image.size, (255, 255, 255))
    box = ImageChops.difference(image, blank).getbbox()
    if box is None:
        raise RuntimeError(f"{png}: the page came out blank")
    image = image.crop((0, 0, WIDTH, min(image.height, box[3] + 24)))
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(png, optimize=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCS, help="folder of the PNG files (default: docs/)")
    args = parser.parse_args(argv)
    browser = find_browser()
    if browser is None:
        print("make screenshots: Chromium not found (tried $CHROMIUM, " + ", ".join(BROWSERS) + "); "
              "on Debian or Ubuntu: apt-get install chromium", file=sys.stderr)
        return 2
    from analysis.report import run_corpus_report, run_report

    with tempfile.TemporaryDirectory(prefix="newsquotes-screenshots-") as folder:
        pages = {
            "article-report.png": run_report("example", out_dir=folder, timeout=300).html,
            "corpus-report.png": run_corpus_report("example", out_dir=folder, timeout=300).html,
        }
        args.out.mkdir(parents=True, exist_ok=True)
        for name, page in pages.items():
            screenshot(browser, page, args.out / name)
            print(f"{args.out / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
