"""The Open Graph image of a news item: its title on a plain background, as PNG.

Most consumers of Open Graph data accept no SVG, so the image is drawn with Pillow, in the
vendored Fira Sans (its WOFF2 files load through FreeType) or Pillow's own font if those are
missing. Nothing is fetched; the same item always gives the same bytes.
"""

import io
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
MARGIN = 80
BACKGROUND = (0, 62, 116)  # dark blue, white text well above 4.5:1 contrast
FOREGROUND = (255, 255, 255)
ACCENT = (255, 214, 102)
TITLE_SIZES = (64, 56, 48, 40)
MAX_TITLE_LINES = 5
FONT_DIR = (
    Path(__file__).resolve().parent.parent / "static" / "vendor" / "kern" / "fonts" / "fira-sans"
)

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


@cache
def _font(weight: str, size: int) -> Font:
    path = FONT_DIR / f"FiraSans-{weight}.woff2"
    try:
        return ImageFont.truetype(str(path), size)
    except OSError:
        return ImageFont.load_default(size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: Font, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def render_news_image(title: str, kicker: str, footer: str) -> bytes:
    """A 1200×630 PNG with `kicker` small above the wrapped `title` and `footer` below."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    text_width = WIDTH - 2 * MARGIN
    for size in TITLE_SIZES:
        font = _font("SemiBold", size)
        lines = _wrap(draw, title, font, text_width)
        if len(lines) <= MAX_TITLE_LINES:
            break
    else:
        lines = [*lines[: MAX_TITLE_LINES - 1], lines[MAX_TITLE_LINES - 1] + " …"]
    draw.rectangle((MARGIN, MARGIN, MARGIN + 120, MARGIN + 8), fill=ACCENT)
    draw.text((MARGIN, MARGIN + 32), kicker, font=_font("Regular", 32), fill=FOREGROUND)
    y = MARGIN + 100
    for line in lines:
        draw.text((MARGIN, y), line, font=font, fill=FOREGROUND)
        y += int(size * 1.25)
    draw.text((MARGIN, HEIGHT - MARGIN - 36), footer, font=_font("Regular", 30), fill=ACCENT)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
