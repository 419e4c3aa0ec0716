"""What an operator cannot see on a small screen: buttons and messages out of view, cut labels.

`audit_window` looks at a shown window (or dialog) as it is laid out now and lists what is wrong:

- a primary action or a message outside the visible area. Primary actions are the push and tool
  buttons that are visible and enabled, plus any widget with the dynamic property
  `primaryAction=True`; `primaryAction=False` opts a button out (a row tool that scrolls with its
  list). Buttons inside item views and Qt's own parts (tab-bar arrows, `qt_…` names) scroll with
  their view by design and are left out. Messages are labels with the dynamic property
  `role="message"`, or held by their screen in an attribute whose name says so (`…_message`,
  `status_label`, `error_label`, `problem_label`, `problems_label`): the screens' feedback lines. A
  message is checked only while it says something. "Visible" means inside every ancestor's rectangle,
  so a button below the fold of a scroll area at its initial position counts as out of view;
- a cut text: a label, button, check box or radio button narrower than its text (labels that do not
  wrap) or than its minimum size hint, a wrapped label lower than its lines, or any of them clipped
  sideways by an ancestor; a group-box title wider than its box; a tab whose text is wider than the
  tab, or a tab bar that cannot show all its tabs;
- an item of a list marked `textMustFit=True` (the navigation) whose text is wider than its row;
- a horizontal scroll bar on the window's main area, and a window larger than the screen space it was given.

`tab_views` walks every tab of every tab widget, so each page is audited while it is current.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

MESSAGE_ATTRIBUTE = re.compile(r"(_message$|^message$|^status_label$|^error_label$|^problems?_label$)")
# Room a push button's style needs around its text (frame and padding); below it the text is clipped.
BUTTON_TEXT_MARGIN = 8
# The leading below a last line: a label one pixel lower than its lines still shows every glyph.
LINE_SLACK_PX = 1
# A list row's padding on both sides, as the style sheet gives the navigation's (12 px each side).
LIST_ITEM_PADDING = 24


@dataclass(frozen=True)
class LayoutProblem:
    kind: str  # "out of view", "cut", "scroll bar", "too large"
    widget: str  # objectName or class, with the path of named ancestors
    text: str
    rect: QRect  # in window coordinates
    visible: QRect  # the part of rect that can be seen, in window coordinates
    detail: str

    def __str__(self) -> str:
        def box(r: QRect) -> str:
            return f"({r.x()},{r.y()} {r.width()}×{r.height()})"

        return (f"{self.kind}: {self.widget} {self.text!r} at {box(self.rect)}, visible {box(self.visible)}"
                f" — {self.detail}")


def widget_name(widget: QWidget) -> str:
    names: list[str] = []
    current: QWidget | None = widget
    while current is not None and len(names) < 3:
        name = current.objectName()
        if name and not name.startswith("qt_"):
            names.append(f"{type(current).__name__}#{name}")
        elif current is widget:
            names.append(type(current).__name__)
        current = current.parentWidget()
    return " < ".join(names)


def visible_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of `widget` not clipped by any ancestor up to `window`, in window coordinates."""
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        origin = parent.mapTo(window, parent.rect().topLeft()) if parent is not window else parent.rect().topLeft()
        rect = rect.intersected(QRect(origin, parent.size()))
        if parent is window:
            break
        parent = parent.parentWidget()
    return rect


def _full_rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def _in_item_view(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractItemView | QTabBar):
            return True
        parent = parent.parentWidget()
    return False


def _is_qt_part(widget: QWidget) -> bool:
    return widget.objectName().startswith("qt_") or isinstance(widget.parentWidget(), QTabBar)


def is_primary_action(widget: QWidget, window: QWidget) -> bool:
    marked = widget.property("primaryAction")
    if marked is not None:
        return bool(marked)
    if not isinstance(widget, QPushButton | QToolButton) or not widget.isEnabled():
        return False
    return not _is_qt_part(widget) and not _in_item_view(widget, window)


def message_labels(window: QWidget) -> set[QLabel]:
    """Labels marked `role="message"`, and those their owners keep under a message's name."""
    found: set[QLabel] = {label for label in window.findChildren(QLabel) if label.property("role") == "message"}
    for owner in [window, *window.findChildren(QWidget)]:
        for name, value in vars(owner).items():
            if isinstance(value, QLabel) and MESSAGE_ATTRIBUTE.search(name):
                found.add(value)
    return found


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _widest_line(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)


def _cut_reason(widget: QWidget) -> str:
    """Why this widget's text cannot be read whole, or "" when it can."""
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return ""
        if widget.wordWrap() or _is_rich(widget):
            hint = widget.minimumSizeHint().width()
            if widget.width() < hint:
                return f"width {widget.width()} < minimum {hint}"
            # A wrapped text given fewer lines than it needs at its width loses its last lines.
            tall = widget.heightForWidth(widget.width()) if widget.wordWrap() else widget.sizeHint().height()
            is_short = widget.height() + LINE_SLACK_PX < tall
            return f"its lines need {tall} px, the label is {widget.height()} px high" if is_short else ""
        if widget.buddy() is not None:
            text = _plain(text)  # a buddy's label shows its shortcut letter underlined, not the "&"
        need = _widest_line(widget, text) + 2 * widget.margin() + 2 * widget.frameWidth()
        if widget.indent() > 0:
            need += widget.indent()
        return f"text needs {need} px, label is {widget.width()}" if widget.width() < need else ""
    if isinstance(widget, QCheckBox | QRadioButton):
        # Their size hint is exactly indicator, spacing and text: any less cuts the text.
        hint = widget.sizeHint().width()
        return f"width {widget.width()} < its text's {hint}" if widget.text() and widget.width() < hint else ""
    if isinstance(widget, QPushButton):
        # Not the size hint: the style gives buttons a minimum width that a short "+" does not need.
        text = _plain(widget.text())
        if not text:
            return ""
        extra = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
        need = _widest_line(widget, text) + extra + BUTTON_TEXT_MARGIN
        return f"text needs {need} px, button is {widget.width()}" if widget.width() < need else ""
    if isinstance(widget, QGroupBox):
        need = _widest_line(widget, widget.title()) + 16
        return f"title needs {need} px, box is {widget.width()}" if widget.title() and widget.width() < need else ""
    return ""


def _is_rich(label: QLabel) -> bool:
    # Rich text's width is not its characters' advance: such labels are judged by their size hint.
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.RichText:
        return True
    if fmt == Qt.TextFormat.PlainText:
        return False
    return bool(GuiQt.mightBeRichText(label.text()))


def _tab_problems(bar: QTabBar, window: QWidget) -> Iterator[LayoutProblem]:
    full = _full_rect(bar, window)
    metrics = bar.fontMetrics()
    needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
    if needed > bar.width():
        yield LayoutProblem("cut", widget_name(bar), " | ".join(bar.tabText(i) for i in range(bar.count())),
                            full, visible_rect(bar, window),
                            f"the tabs need {needed} px, the tab bar has {bar.width()}: some are hidden behind arrows")
        return
    for index in range(bar.count()):
        text = _plain(bar.tabText(index))
        if bar.tabRect(index).width() < metrics.horizontalAdvance(text) + 8:
            yield LayoutProblem("cut", widget_name(bar), text, full, visible_rect(bar, window),
                                f"tab {index} is {bar.tabRect(index).width()} px for a text of "
                                f"{metrics.horizontalAdvance(text)} px")


def _list_problems(view: QListWidget, window: QWidget) -> Iterator[LayoutProblem]:
    metrics = view.fontMetrics()
    for row in range(view.count()):
        item = view.item(row)
        text = item.text()
        room = view.visualItemRect(item).width()
        need = metrics.horizontalAdvance(text) + LIST_ITEM_PADDING
        if room < need:
            yield LayoutProblem("cut", widget_name(view), text, _full_rect(view, window), visible_rect(view, window),
                                f"row {row} needs {need} px, the list gives it {room}")


def audit_window(window: QWidget, main_area: QAbstractScrollArea | None = None,
                 available: QRect | None = None) -> list[LayoutProblem]:
    """Everything wrong with how `window` is laid out right now (see the module's description)."""
    problems: list[LayoutProblem] = []
    if available is not None and (window.width() > available.width() or window.height() > available.height()):
        problems.append(LayoutProblem(
            "too large", widget_name(window), window.windowTitle(), window.rect(), QRect(available.topLeft(),
            available.size()), f"the window needs {window.width()}×{window.height()}, the screen gives "
            f"{available.width()}×{available.height()}; its minimum is {window.minimumSizeHint().width()}×"
            f"{window.minimumSizeHint().height()}"))
    if main_area is not None and main_area.horizontalScrollBar().isVisible():
        problems.append(LayoutProblem(
            "scroll bar", widget_name(main_area), "", _full_rect(main_area, window), visible_rect(main_area, window),
            f"the main area scrolls sideways: its content is {main_area.widget().minimumSizeHint().width()} px "
            f"wide for a viewport of {main_area.viewport().width()} px"
            if hasattr(main_area, "widget") and main_area.widget() is not None else "the main area scrolls sideways"))
    messages = message_labels(window)
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        full = _full_rect(widget, window)
        seen = visible_rect(widget, window)
        is_message = isinstance(widget, QLabel) and widget in messages and bool(widget.text().strip())
        if (is_message or is_primary_action(widget, window)) and seen != full:
            text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
            problems.append(LayoutProblem(
                "out of view", widget_name(widget), text, full, seen,
                "a message the operator must read" if is_message else "a primary action the operator must reach"))
            continue
        if isinstance(widget, QTabBar):
            problems.extend(_tab_problems(widget, window))
            continue
        if isinstance(widget, QListWidget) and widget.property("textMustFit"):
            problems.extend(_list_problems(widget, window))
            continue
        if not isinstance(widget, QLabel | QPushButton | QCheckBox | QRadioButton | QGroupBox):
            continue
        if _in_item_view(widget, window) or _is_qt_part(widget):
            continue
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        reason = _cut_reason(widget)
        if not reason and text and seen.width() < full.width() and seen.height() > 0:
            reason = f"clipped sideways: {full.width() - seen.width()} px of it are outside its container"
        if reason:
            problems.append(LayoutProblem("cut", widget_name(widget), text, full, seen, reason))
    return problems


def tab_views(root: QWidget) -> Iterator[str]:
    """Make each tab of each shown tab widget under `root` current in turn (nested ones too), yielding a
    name for the view; the first tabs are current again at the end."""
    yield from _views(root, "")


def _views(root: QWidget, prefix: str) -> Iterator[str]:
    if isinstance(root, QTabWidget) and prefix:
        tabs = [root]  # a tab widget that is itself another's page
    else:
        tabs = [t for t in root.findChildren(QTabWidget) if t.isVisibleTo(root) and _outermost_tabs(t, root)]
    if not tabs:
        yield prefix or "main"
        return
    for widget in tabs:
        start = widget.currentIndex()
        for index in range(widget.count()):
            if not widget.isTabVisible(index) or not widget.isTabEnabled(index):
                continue
            widget.setCurrentIndex(index)
            _settle()
            name = f"{prefix}{widget.objectName() or 'tabs'}[{_plain(widget.tabText(index))}]"
            page = widget.widget(index)
            if page is not None and (isinstance(page, QTabWidget) or page.findChildren(QTabWidget)):
                yield from _views(page, name + " / ")
            else:
                yield name
        widget.setCurrentIndex(start)
        _settle()


def _outermost_tabs(tabs: QTabWidget, root: QWidget) -> bool:
    parent = tabs.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QTabWidget):
            return False
        parent = parent.parentWidget()
    return True


def _settle() -> None:
    app = QApplication.instance()
    if app is not None:
        app.processEvents()
        app.processEvents()
