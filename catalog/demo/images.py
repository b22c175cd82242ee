"""Flat product illustrations for the demo catalogue, drawn with Pillow.

No network access and no external fonts: everything is built from shapes, and
the label uses Pillow's bundled default font. Output is deterministic: the same
arguments always give the same image (and the same JPEG bytes).

Supported shapes: "gun", "table", "stone", "bottle", "dropper", "jar", "tool",
"knob", "scraper", "stick", "ball", "roller", "linen", "bolster", "wedge",
"cushion", "warmer", "cabinet". Any other value falls back to a generic
shipping-box drawing ("package").
"""

from __future__ import annotations

import io
import math

from PIL import Image, ImageDraw, ImageFont

__all__ = ["SHAPES", "draw_product_image", "image_bytes"]

_SS = 2  # supersampling factor: draw at 2x, then downscale for smooth edges
_BASE_BG = (246, 243, 237)
_WHITE = (255, 255, 255)
_BLACK = (0, 0, 0)


# ---------------------------------------------------------------------------
# Colour helpers
# ---------------------------------------------------------------------------


def _rgb(value: str) -> tuple[int, int, int]:
    value = (value or "").strip().lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    try:
        return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))
    except (ValueError, IndexError):
        return (120, 120, 120)


def _mix(a, b, t: float) -> tuple[int, int, int]:
    """Blend colour a towards b by fraction t (0 = a, 1 = b)."""
    return tuple(int(round(a[i] + (b[i] - a[i]) * t)) for i in range(3))


def _lighter(c, t: float = 0.3):
    return _mix(c, _WHITE, t)


def _darker(c, t: float = 0.3):
    return _mix(c, _BLACK, t)


def _luminance(c) -> float:
    def channel(v):
        v = v / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in c)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a, b) -> float:
    la, lb = _luminance(a), _luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def _ink_for(colour, background, minimum: float = 5.0):
    """Darken the product colour until it reads clearly on the background."""
    ink = colour
    for _ in range(20):
        if _contrast(ink, background) >= minimum:
            return ink
        ink = _darker(ink, 0.15)
    return (34, 34, 34)


# ---------------------------------------------------------------------------
# Drawing surface working in a 1000 x 1000 unit space
# ---------------------------------------------------------------------------


class _Canvas:
    def __init__(self, size: int, background):
        self.px = size * _SS
        self.k = self.px / 1000.0
        self.image = Image.new("RGB", (self.px, self.px), background)
        self.draw = ImageDraw.Draw(self.image)
        self.outline = (60, 60, 60)
        self.stroke = 7

    # coordinate helpers
    def _pt(self, x, y):
        return (x * self.k, y * self.k)

    def _box(self, box):
        x0, y0, x1, y1 = box
        return (x0 * self.k, y0 * self.k, x1 * self.k, y1 * self.k)

    def _w(self, w):
        return max(1, int(round(w * self.k)))

    # primitives
    def rect(self, box, fill, radius=0, outline=True, width=None):
        self.draw.rounded_rectangle(
            self._box(box),
            radius=radius * self.k,
            fill=fill,
            outline=self.outline if outline else None,
            width=self._w(width or self.stroke) if outline else 0,
        )

    def ellipse(self, box, fill, outline=True, width=None):
        self.draw.ellipse(
            self._box(box),
            fill=fill,
            outline=self.outline if outline else None,
            width=self._w(width or self.stroke) if outline else 0,
        )

    def circle(self, cx, cy, r, fill, outline=True, width=None):
        self.ellipse((cx - r, cy - r, cx + r, cy + r), fill, outline, width)

    def poly(self, points, fill, outline=True, width=None):
        pts = [self._pt(x, y) for x, y in points]
        self.draw.polygon(pts, fill=fill)
        if outline:
            self.line(points + [points[0]], self.outline, width or self.stroke)

    def line(self, points, fill, width):
        pts = [self._pt(x, y) for x, y in points]
        self.draw.line(pts, fill=fill, width=self._w(width), joint="curve")
        r = width * self.k / 2
        if r >= 2:  # round caps
            for x, y in (pts[0], pts[-1]):
                self.draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)

    def arc(self, box, start, end, fill, width):
        self.draw.arc(self._box(box), start, end, fill=fill, width=self._w(width))

    def chord(self, box, start, end, fill, outline=True, width=None):
        self.draw.chord(
            self._box(box),
            start,
            end,
            fill=fill,
            outline=self.outline if outline else None,
            width=self._w(width or self.stroke) if outline else 0,
        )

    def shadow(self, cx, cy, rx, ry, colour):
        self.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), colour, outline=False)


# ---------------------------------------------------------------------------
# Product drawings. Each takes (canvas, colour, accent, palette) where palette
# holds derived tones. Product art sits roughly in y = 120..790.
# ---------------------------------------------------------------------------


def _label_lines(c: _Canvas, box, ink, count=3):
    x0, y0, x1, y1 = box
    gap = (y1 - y0) / (count + 1)
    for i in range(count):
        y = y0 + gap * (i + 1)
        right = x1 - (x1 - x0) * (0.15 + 0.2 * (i % 2))
        c.rect((x0 + 22, y - 7, right, y + 7), ink, radius=7, outline=False)


def _draw_gun(c, col, acc, pal):
    c.shadow(480, 770, 230, 28, pal["shadow"])
    # attachment shaft and head
    c.rect((175, 300, 330, 350), pal["metal"], radius=12)
    c.circle(160, 325, 78, acc)
    c.ellipse((118, 282, 160, 318), _lighter(acc, 0.45), outline=False)
    # handle, slightly raked back
    c.poly([(470, 380), (620, 380), (640, 700), (500, 700)], _darker(col, 0.12))
    c.poly([(520, 430), (580, 430), (592, 650), (535, 650)], _darker(col, 0.3), outline=False)
    # battery base
    c.rect((445, 680, 690, 770), _darker(col, 0.25), radius=30)
    for i in range(4):
        c.circle(500 + i * 32, 725, 9, acc if i < 3 else _lighter(col, 0.5), outline=False)
    # main body
    c.rect((300, 225, 790, 420), col, radius=90)
    c.rect((330, 250, 760, 285), _lighter(col, 0.25), radius=16, outline=False)
    # rear cap and vents
    c.rect((735, 250, 800, 395), acc, radius=32)
    for i in range(3):
        x = 610 + i * 34
        c.line([(x, 320), (x, 375)], _darker(col, 0.35), 12)
    # power button
    c.circle(700, 322, 20, acc)


def _draw_table(c, col, acc, pal):
    c.shadow(520, 760, 380, 26, pal["shadow"])
    leg = _darker(acc, 0.35)
    # legs: two A-frame pairs with cable braces
    for x in (300, 720):
        c.line([(x - 40, 430), (x - 75, 735)], leg, 26)
        c.line([(x + 40, 430), (x + 75, 735)], leg, 26)
        c.line([(x - 60, 600), (x + 60, 600)], leg, 12)
        c.rect((x - 100, 728, x - 50, 752), _darker(leg, 0.3), radius=8, outline=False)
        c.rect((x + 50, 728, x + 100, 752), _darker(leg, 0.3), radius=8, outline=False)
    c.line([(340, 460), (680, 600)], _mix(leg, pal["bg"], 0.4), 6)
    c.line([(340, 600), (680, 460)], _mix(leg, pal["bg"], 0.4), 6)
    # face cradle bracket and cushion at the head end
    c.line([(200, 395), (110, 385)], pal["metal"], 18)
    c.line([(200, 420), (120, 400)], pal["metal"], 14)
    c.rect((40, 322, 175, 378), col, radius=28)
    c.rect((58, 330, 160, 344), _lighter(col, 0.3), radius=7, outline=False)
    # frame apron and padded top
    c.rect((200, 400, 880, 440), acc, radius=8)
    c.rect((185, 335, 895, 408), col, radius=24)
    c.rect((210, 345, 870, 362), _lighter(col, 0.3), radius=8, outline=False)


def _draw_stone(c, col, acc, pal):
    c.shadow(500, 735, 300, 30, pal["shadow"])
    layers = [
        (260, 600, 740, 735),
        (305, 505, 695, 620),
        (345, 425, 655, 520),
        (385, 355, 615, 440),
        (425, 300, 575, 365),
    ]
    for i, (x0, y0, x1, y1) in enumerate(layers):
        tone = _mix(col, acc, 0.12 * (i % 2))
        c.ellipse((x0, y0, x1, y1), tone)
        w, h = x1 - x0, y1 - y0
        c.ellipse(
            (x0 + w * 0.18, y0 + h * 0.14, x0 + w * 0.55, y0 + h * 0.36),
            _lighter(tone, 0.28),
            outline=False,
        )
    # loose stones beside the stack
    c.ellipse((110, 665, 240, 740), _mix(col, acc, 0.25))
    c.ellipse((770, 655, 900, 738), col)
    c.ellipse((800, 668, 850, 688), _lighter(col, 0.28), outline=False)
    # a small sprig for a spa feel
    c.line([(805, 640), (850, 520)], _darker(acc, 0.2), 8)
    for dx, dy in ((-28, -10), (26, -40), (-18, -75)):
        c.ellipse((838 + dx - 22, 590 + dy - 12, 838 + dx + 22, 590 + dy + 12), acc, outline=False)


def _draw_bottle(c, col, acc, pal):
    c.shadow(500, 770, 180, 24, pal["shadow"])
    cap = _darker(col, 0.45)
    c.rect((440, 120, 560, 215), cap, radius=18)
    c.rect((455, 112, 530, 140), _lighter(cap, 0.2), radius=10, outline=False)
    c.rect((455, 205, 545, 260), _darker(col, 0.15), radius=10)
    c.rect((360, 240, 640, 770), col, radius=70)
    c.rect((382, 290, 410, 720), _lighter(col, 0.35), radius=14, outline=False)
    c.rect((385, 420, 615, 660), acc, radius=18)
    c.circle(500, 470, 30, _darker(col, 0.1), outline=False)
    _label_lines(c, (385, 510, 615, 650), _darker(col, 0.3), count=3)


def _draw_dropper(c, col, acc, pal):
    c.shadow(500, 770, 170, 22, pal["shadow"])
    bulb = _darker(col, 0.55)
    c.rect((455, 105, 545, 270), bulb, radius=45)
    c.rect((470, 125, 490, 230), _lighter(bulb, 0.25), radius=9, outline=False)
    c.rect((415, 250, 585, 335), (40, 40, 40), radius=14)
    for i in range(5):
        x = 440 + i * 30
        c.line([(x, 265), (x, 320)], (70, 70, 70), 6)
    c.rect((445, 325, 555, 385), _darker(col, 0.15), radius=8)
    c.rect((360, 360, 640, 770), col, radius=90)
    c.rect((385, 420, 410, 700), _lighter(col, 0.3), radius=12, outline=False)
    c.rect((395, 490, 605, 690), acc, radius=14)
    c.circle(500, 535, 24, _darker(acc, 0.3), outline=False)
    _label_lines(c, (395, 560, 605, 690), _darker(col, 0.2), count=3)


def _draw_jar(c, col, acc, pal):
    c.shadow(500, 760, 240, 26, pal["shadow"])
    c.rect((290, 420, 710, 755), col, radius=50)
    c.rect((315, 450, 345, 720), _lighter(col, 0.35), radius=14, outline=False)
    c.rect((300, 530, 700, 665), acc, radius=10)
    _label_lines(c, (330, 530, 670, 665), _lighter(acc, 0.55), count=2)
    c.rect((275, 320, 725, 435), _darker(acc, 0.1), radius=22)
    for i in range(13):
        x = 305 + i * 32
        c.line([(x, 340), (x, 415)], _darker(acc, 0.3), 6)


def _draw_tool(c, col, acc, pal):
    """Hooked trigger-point cane."""
    c.shadow(520, 775, 170, 22, pal["shadow"])
    edge = _darker(col, 0.35)
    w = 56
    # outline pass, then fill pass
    for colour, width in ((edge, w + 16), (col, w)):
        c.line([(620, 760), (620, 330)], colour, width)
        c.arc((400, 200, 620 + 0, 460), 180, 360, colour, width)
        c.line([(400, 330), (400, 420)], colour, width)
        c.line([(620, 520), (700, 520)], colour, width * 0.7)
        c.line([(620, 640), (540, 640)], colour, width * 0.7)
    # treatment knobs
    c.circle(400, 440, 42, acc)
    c.circle(720, 520, 38, acc)
    c.circle(520, 640, 38, acc)
    # grip
    c.rect((588, 680, 652, 770), _darker(acc, 0.2), radius=20)


def _draw_knob(c, col, acc, pal):
    """Hand-held thumb saver / pressure knob."""
    c.shadow(500, 745, 190, 24, pal["shadow"])
    c.ellipse((320, 640, 680, 740), _darker(col, 0.15))
    c.poly([(360, 690), (455, 420), (545, 420), (640, 690)], col)
    for i in range(3):
        x = 470 + i * 30
        c.line([(x, 450), (x - 30 + i * 30, 670)], _mix(col, acc, 0.5), 6)
    c.circle(500, 360, 95, col)
    c.ellipse((440, 300, 500, 340), _lighter(col, 0.35), outline=False)


def _draw_scraper(c, col, acc, pal):
    """Curved stainless instrument-assisted soft tissue tool."""
    c.shadow(500, 690, 320, 26, pal["shadow"])
    cx, cy, r = 500, 1150, 620
    path = []
    for i in range(41):
        a = math.radians(238 + 64 * i / 40)
        path.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    c.line(path, c.outline, 128)
    c.line(path, col, 112)
    # polished bevel along the working edge
    edge = []
    for i in range(37):
        a = math.radians(241 + 58 * i / 36)
        edge.append((cx + (r + 30) * math.cos(a), cy + (r + 30) * math.sin(a)))
    c.line(edge, _lighter(col, 0.55), 16)
    # hanging hole and maker's mark
    c.circle(500, 530, 22, pal["bg"])
    c.rect((600, 535, 690, 555), acc, radius=8, outline=False)


def _draw_stick(c, col, acc, pal):
    """Massage stick with rotating spindles."""
    c.shadow(500, 640, 380, 24, pal["shadow"])
    c.rect((120, 478, 880, 522), _darker(col, 0.4), radius=20)
    c.rect((90, 440, 250, 560), acc, radius=45)
    c.rect((750, 440, 910, 560), acc, radius=45)
    for i in range(11):
        x = 275 + i * 41
        c.rect((x, 425, x + 34, 575), col, radius=16)
        c.rect((x + 7, 440, x + 14, 560), _lighter(col, 0.35), radius=4, outline=False)


def _draw_ball(c, col, acc, pal):
    c.shadow(500, 745, 330, 30, pal["shadow"])
    for cx, cy, r in ((345, 560, 175), (665, 580, 155)):
        c.circle(cx, cy, r, col)
        c.ellipse((cx - r * 0.6, cy - r * 0.7, cx - r * 0.05, cy - r * 0.35), _lighter(col, 0.35), outline=False)
        c.arc((cx - r * 0.9, cy - r * 0.3, cx + r * 0.9, cy + r * 0.95), 200, 340, acc, 10)


def _draw_roller(c, col, acc, pal):
    c.shadow(500, 690, 350, 28, pal["shadow"])
    c.ellipse((150, 400, 270, 640), col)
    c.rect((210, 400, 770, 640), col, radius=0)
    for i in range(6):
        x = 270 + i * 85
        c.rect((x, 400, x + 40, 640), _mix(col, acc, 0.35), outline=False)
    c.line([(210, 400), (770, 400)], c.outline, 7)
    c.line([(210, 640), (770, 640)], c.outline, 7)
    c.ellipse((710, 400, 830, 640), _lighter(col, 0.25))
    c.ellipse((745, 475, 795, 565), _darker(col, 0.3))


def _draw_linen(c, col, acc, pal):
    c.shadow(500, 735, 310, 26, pal["shadow"])
    layers = [(210, 590, 790, 725), (230, 470, 770, 595), (250, 355, 750, 475)]
    for i, box in enumerate(layers):
        tone = _mix(col, pal["bg"], 0.08 * i) if i else col
        c.rect(box, tone, radius=34)
        x0, y0, x1, y1 = box
        mid = (y0 + y1) / 2
        c.line([(x0 + 40, mid), (x1 - 40, mid)], _darker(tone, 0.12), 6)
        c.rect((x0 + 30, y0 + 12, x1 - 30, y0 + 26), _lighter(tone, 0.35), radius=7, outline=False)
    # ribbon band with a tag
    c.rect((455, 345, 515, 735), acc, radius=4)
    c.rect((540, 300, 640, 360), _lighter(acc, 0.25), radius=10)
    c.line([(515, 360), (560, 330)], _darker(acc, 0.2), 5)


def _draw_bolster(c, col, acc, pal):
    c.shadow(490, 690, 360, 28, pal["shadow"])
    c.ellipse((120, 390, 240, 630), col)
    c.rect((180, 390, 760, 630), col, radius=0)
    c.line([(180, 390), (760, 390)], c.outline, 7)
    c.line([(180, 630), (760, 630)], c.outline, 7)
    c.rect((200, 420, 740, 450), _lighter(col, 0.25), radius=12, outline=False)
    # stitched seam
    for i in range(14):
        x = 215 + i * 38
        c.line([(x, 590), (x + 20, 590)], _lighter(col, 0.45), 6)
    c.ellipse((700, 390, 820, 630), _lighter(col, 0.15))
    c.ellipse((712, 404, 808, 616), _lighter(col, 0.15), outline=False)
    c.arc((712, 404, 808, 616), 0, 360, acc, 14)
    c.circle(760, 510, 16, acc)
    # carry handle
    c.arc((330, 330, 470, 430), 180, 360, _darker(col, 0.25), 16)


def _draw_wedge(c, col, acc, pal):
    c.shadow(520, 745, 340, 26, pal["shadow"])
    side = col
    top = _lighter(col, 0.2)
    back = _darker(col, 0.15)
    c.poly([(180, 720), (780, 720), (180, 360)], side)
    c.poly([(180, 360), (780, 720), (860, 660), (260, 300)], top)
    c.poly([(180, 360), (260, 300), (260, 660), (180, 720)], back)
    c.line([(190, 365), (772, 714)], acc, 10)
    c.line([(190, 712), (772, 712)], acc, 10)


def _draw_cushion(c, col, acc, pal):
    c.shadow(500, 690, 330, 28, pal["shadow"])
    c.rect((180, 470, 820, 650), _darker(col, 0.12), radius=60)
    c.rect((180, 380, 820, 580), col, radius=80)
    c.rect((220, 400, 780, 425), _lighter(col, 0.3), radius=12, outline=False)
    for i in range(16):
        x = 230 + i * 34
        c.line([(x, 555), (x + 16, 555)], acc, 6)
    c.rect((470, 620, 530, 680), acc, radius=10)


def _draw_warmer(c, col, acc, pal):
    c.shadow(500, 770, 320, 28, pal["shadow"])
    dark = _darker(col, 0.45)
    # side handles
    c.rect((165, 440, 240, 500), dark, radius=20)
    c.rect((760, 440, 835, 500), dark, radius=20)
    # feet
    c.rect((260, 720, 320, 760), dark, radius=10)
    c.rect((680, 720, 740, 760), dark, radius=10)
    # body
    c.rect((215, 400, 785, 735), col, radius=56)
    c.rect((240, 420, 270, 700), _lighter(col, 0.3), radius=14, outline=False)
    # lid dome and knob
    c.chord((235, 250, 765, 500), 180, 360, _lighter(col, 0.15))
    c.rect((225, 365, 775, 405), _darker(col, 0.15), radius=16)
    c.rect((465, 215, 535, 265), dark, radius=16)
    # control panel
    c.rect((370, 550, 630, 670), _darker(col, 0.3), radius=18)
    c.rect((392, 575, 512, 645), acc, radius=10)
    c.rect((410, 598, 440, 622), _darker(acc, 0.45), radius=4, outline=False)
    c.rect((452, 598, 482, 622), _darker(acc, 0.45), radius=4, outline=False)
    c.circle(572, 610, 32, _lighter(col, 0.5))
    c.line([(572, 610), (590, 590)], dark, 8)
    # rising warmth
    for x in (400, 500, 600):
        c.arc((x - 30, 130, x + 30, 190), 90, 270, acc, 8)
        c.arc((x - 30, 70, x + 30, 130), 270, 90, acc, 8)


def _draw_cabinet(c, col, acc, pal):
    c.shadow(500, 770, 280, 26, pal["shadow"])
    dark = _darker(col, 0.45)
    c.rect((240, 230, 760, 745), col, radius=36)
    c.rect((280, 290, 720, 620), _mix(acc, _WHITE, 0.55), radius=20)
    # rolled towels visible through the door
    for row, y in enumerate((380, 520)):
        for i in range(4):
            x = 345 + i * 105 + (row * 0)
            c.circle(x, y, 48, _WHITE)
            c.arc((x - 28, y - 28, x + 28, y + 28), 0, 300, _mix(acc, _WHITE, 0.3), 7)
    c.rect((300, 640, 700, 665), dark, radius=12)
    c.circle(320, 700, 14, acc)
    c.circle(365, 700, 14, (232, 90, 79))
    c.rect((280, 745, 330, 770), dark, radius=6)
    c.rect((670, 745, 720, 770), dark, radius=6)


def _draw_package(c, col, acc, pal):
    c.shadow(500, 755, 270, 26, pal["shadow"])
    front = [(260, 430), (600, 430), (600, 740), (260, 740)]
    top = [(260, 430), (600, 430), (740, 330), (400, 330)]
    side = [(600, 430), (740, 330), (740, 640), (600, 740)]
    c.poly(front, col)
    c.poly(top, _lighter(col, 0.25))
    c.poly(side, _darker(col, 0.18))
    c.poly([(400, 430), (460, 430), (600, 330), (540, 330)], acc, outline=False)
    c.rect((400, 430, 460, 560), acc, outline=False)
    c.rect((300, 640, 420, 700), _lighter(col, 0.6), radius=6)


_DRAWERS = {
    "gun": _draw_gun,
    "table": _draw_table,
    "stone": _draw_stone,
    "bottle": _draw_bottle,
    "dropper": _draw_dropper,
    "jar": _draw_jar,
    "tool": _draw_tool,
    "knob": _draw_knob,
    "scraper": _draw_scraper,
    "stick": _draw_stick,
    "ball": _draw_ball,
    "roller": _draw_roller,
    "linen": _draw_linen,
    "bolster": _draw_bolster,
    "wedge": _draw_wedge,
    "cushion": _draw_cushion,
    "warmer": _draw_warmer,
    "cabinet": _draw_cabinet,
    "package": _draw_package,
}

SHAPES = tuple(_DRAWERS)


# ---------------------------------------------------------------------------
# Label
# ---------------------------------------------------------------------------


def _short_label(title: str, words: int = 3) -> str:
    parts = [p.strip(",;:") for p in (title or "").split()]
    parts = [p for p in parts if p]
    # "&" / "and" join words rather than add meaning: don't count them
    # ("Cedar & Stone Hardwood" rather than "Cedar & Stone").
    taken, counted = [], 0
    for part in parts:
        if counted >= words:
            break
        taken.append(part)
        if part.lower() not in ("&", "and", "+"):
            counted += 1
    return " ".join(taken)


def _draw_label(canvas: _Canvas, text: str, ink, band):
    if not text:
        return
    draw = canvas.draw
    px = canvas.px
    # soft band across the bottom
    draw.rectangle((0, int(px * 0.855), px, px), fill=band)
    max_w = px * 0.86
    size = int(px * 0.062)
    font = ImageFont.load_default(size=size)
    while size > 10:
        font = ImageFont.load_default(size=size)
        left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
        if right - left <= max_w:
            break
        size -= 2
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    x = (px - (right - left)) / 2 - left
    y = px * 0.9275 - (bottom - top) / 2 - top
    draw.text((x, y), text, font=font, fill=ink)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def draw_product_image(
    *, title: str, shape: str, colour: str, accent: str, size: int = 800
) -> Image.Image:
    """Return an RGB square image depicting the product type, drawn with Pillow shapes."""
    size = max(64, int(size))
    col = _rgb(colour)
    acc = _rgb(accent)

    bg = _mix(_BASE_BG, acc, 0.10)
    canvas = _Canvas(size, bg)
    # Outline: a darker version of the product colour, always visible on the background.
    canvas.outline = _ink_for(_darker(col, 0.35), bg, minimum=3.0)
    palette = {
        "bg": bg,
        "shadow": _mix(bg, _BLACK, 0.10),
        "metal": (176, 182, 188),
    }

    # large soft disc behind the product
    canvas.circle(500, 470, 360, _mix(bg, col, 0.10), outline=False)

    drawer = _DRAWERS.get((shape or "").strip().lower(), _draw_package)
    drawer(canvas, col, acc, palette)

    band = _mix(bg, col, 0.16)
    ink = _ink_for(col, band, minimum=5.0)
    _draw_label(canvas, _short_label(title), ink, band)

    return canvas.image.resize((size, size), Image.LANCZOS)


def image_bytes(**kwargs) -> bytes:
    """JPEG bytes (quality 85) of draw_product_image(**kwargs)."""
    image = draw_product_image(**kwargs)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85, optimize=False)
    return buffer.getvalue()
