#include "pdf_document.h"

#include <fmt/format.h>
#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>
#include <QPolygonF>
#include <QString>

#include <algorithm>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string_view>

#include "errors.h"
#include "io/csv_writer.h"

namespace uplift::report_export {

// Named rather than anonymous: in a unity build this file may share a translation unit with
// other sources.
namespace pdf_detail {

// The CLI's standard error is for one-line messages; Qt's chatter (fonts, locale) stays out.
void qt_message(QtMsgType type, const QMessageLogContext& /*where*/, const QString& text) {
    if (type == QtCriticalMsg || type == QtFatalMsg) {
        std::cerr << "uplift-cli: Qt: " << text.toStdString() << "\n";
    }
}

// QtGui's fonts need a QGuiApplication: one per process, made on the first PDF and kept (a
// QGuiApplication cannot be made twice). It always runs on the offscreen platform, which needs
// no display: `-platform offscreen` wins over a QT_QPA_PLATFORM=xcb or wayland of the user's
// session, which would abort without a display, and leaves the environment as it was.
void ensure_gui_application() {
    if (QCoreApplication::instance() != nullptr) {
        return;  // made before, by an earlier PDF or by the host program
    }
    qInstallMessageHandler(qt_message);
    // QGuiApplication sets the C locale from the environment; the CLI parses and prints
    // numbers in the "C" locale, so it gets its locale back.
    const std::string locale = std::setlocale(LC_ALL, nullptr);
    static int argc = 3;
    static char name[] = "uplift-cli";
    static char platform[] = "-platform";
    static char offscreen[] = "offscreen";
    static char* argv[] = {name, platform, offscreen, nullptr};
    static auto* app = new QGuiApplication(argc, argv);  // lives as long as the process
    static_cast<void>(app);
    std::setlocale(LC_ALL, locale.c_str());
}

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

// A figure as the CSV prints it ("-12.50", "3", "15.83"), or one followed by a marker (" !").
bool is_figure(const std::string& cell) {
    std::string_view figure(cell);
    if (figure.ends_with(" !")) {
        figure.remove_suffix(2);
    }
    return cell.empty() || is_plain_number(figure);
}

QFont font(qreal points, bool bold = false) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    // Any letter spacing turns ligatures off: "fi" stays two letters, so the PDF's text reads
    // "file" and "Unjustified" (copy, search, pdftotext) rather than with an "ﬁ" ligature.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return f;
}

// Lines of at most `width`, broken after spaces, underscores, hyphens, slashes and commas, and
// inside a word only when the word alone is wider.
std::vector<QString> wrap(const QString& text, qreal width, const QFontMetricsF& fm) {
    if (fm.horizontalAdvance(text) <= width) {
        return {text};
    }
    std::vector<QString> tokens;
    QString token;
    for (const QChar ch : text) {
        token += ch;
        if (ch == u' ' || ch == u'_' || ch == u'-' || ch == u'/' || ch == u',') {
            tokens.push_back(token);
            token.clear();
        }
    }
    if (!token.isEmpty()) {
        tokens.push_back(token);
    }
    std::vector<QString> lines;
    QString line;
    for (const QString& t : tokens) {
        if (line.isEmpty() || fm.horizontalAdvance((line + t).trimmed()) <= width) {
            line += t;
        } else {
            lines.push_back(line.trimmed());
            line = t;
        }
        while (line.size() > 1 && fm.horizontalAdvance(line.trimmed()) > width) {
            qsizetype n = line.size() - 1;
            while (n > 1 && fm.horizontalAdvance(line.left(n)) > width) {
                --n;
            }
            lines.push_back(line.left(n));
            line = line.mid(n);
        }
    }
    if (!line.trimmed().isEmpty() || lines.empty()) {
        lines.push_back(line.trimmed());
    }
    return lines;
}

// Lays out and draws the report; run once without a painter to count the pages, then again
// with one to draw them, so both passes break pages at the same places.
class Renderer {
  public:
    Renderer(QPagedPaintDevice& device, const PdfReportInfo& info,
             const std::vector<std::string>& header,
             const std::vector<std::vector<std::string>>& rows, const std::vector<bool>& is_text,
             const std::vector<std::string>& notes)
        : device_(device), info_(info), rows_(rows), notes_(notes) {
        width_ = device.width();
        height_ = device.height();
        for (const auto& h : header) {
            header_.push_back(qs(h));
        }
        right_.assign(header.size(), false);
        for (std::size_t i = 0; i < header.size(); ++i) {
            right_[i] = !(i < is_text.size() && is_text[i]) &&
                        std::all_of(rows.begin(), rows.end(), [&](const auto& r) {
                            return i >= r.size() || is_figure(r[i]);
                        });
        }
        fit_columns();
    }

    // The number of pages.
    int run(QPainter* painter, int page_count) {
        painter_ = painter;
        page_count_ = page_count;
        page_ = 0;
        start_page();
        const QFontMetricsF body(body_, &device_);
        const qreal line = body.lineSpacing();
        if (info_.chart) {
            draw_chart(*info_.chart);
        }
        if (!header_.empty()) {
            draw_header_row();
            if (rows_.empty()) {
                text_line(QStringLiteral("No rows."), body_, 0, y_ + pad_y_ + body.ascent(),
                          QColor(90, 90, 90));
                y_ += line + 2 * pad_y_;
            }
            for (std::size_t r = 0; r < rows_.size(); ++r) {
                const qreal h = row_height(rows_[r]);
                if (y_ + h > bottom()) {
                    next_page();
                    draw_header_row();
                }
                const bool total = r + info_.total_rows >= rows_.size();
                if (total && painter_ != nullptr && r + info_.total_rows == rows_.size()) {
                    painter_->setPen(QPen(QColor(90, 90, 90), mm(0.25)));
                    painter_->drawLine(QPointF(0, y_), QPointF(table_width(), y_));
                }
                draw_row(rows_[r], h, !total && r % 2 == 1, total);
            }
        }
        const QFontMetricsF note(note_font_, &device_);
        y_ += mm(4);
        for (const auto& paragraph : notes_) {
            for (const QString& l : wrap(qs(paragraph), width_, note)) {
                if (y_ + note.lineSpacing() > bottom()) {
                    next_page();
                }
                text_line(l, note_font_, 0, y_ + note.ascent(), QColor(60, 60, 60));
                y_ += note.lineSpacing();
            }
            y_ += note.lineSpacing() * 0.4;
        }
        draw_footer();
        return page_;
    }

  private:
    qreal mm(qreal v) const { return v * device_.logicalDpiY() / 25.4; }

    // The chart's series as lines, or as bars side by side per label, over a light grid that
    // takes in 0 and every value (ROI can be negative), with a legend under it.
    void draw_chart(const PdfChart& chart) {
        const qreal box_h = mm(62);
        const QFontMetricsF small(note_font_, &device_);
        if (painter_ != nullptr) {
            double hi = 0;
            double lo = 0;
            std::size_t points = chart.labels.size();
            for (const auto& s : chart.series) {
                points = std::max(points, s.values.size());
                for (const double v : s.values) {
                    hi = std::max(hi, v);
                    lo = std::min(lo, v);
                }
            }
            // A waterfall's bars float from the running total before a step to the one after.
            std::vector<std::pair<double, double>> spans;
            if (chart.waterfall && !chart.series.empty()) {
                hi = 0;  // the totals, not the steps, set the scale
                lo = 0;
                double running = 0;
                const auto& steps = chart.series.front().values;
                for (std::size_t i = 0; i < steps.size(); ++i) {
                    const bool total = i < chart.totals.size() && chart.totals[i];
                    const double from = total ? 0.0 : running;
                    const double to = total ? steps[i] : running + steps[i];
                    spans.emplace_back(from, to);
                    running = to;
                    hi = std::max({hi, from, to});
                    lo = std::min({lo, from, to});
                }
            }
            if (hi - lo < 1) {
                hi = lo + 1;
            }
            // Gridlines at a round step (1, 2, 2.5 or 5 times a power of ten), about four.
            const double raw = (hi - lo) * 1.05 / 4;
            const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
            double step = magnitude * 10;
            for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
                if (magnitude * m >= raw) {
                    step = magnitude * m;
                    break;
                }
            }
            // 0 stays the bottom unless a value lies below it.
            lo = lo < 0 ? std::floor(lo / step) * step : 0.0;
            const int ticks = std::max(1, static_cast<int>(std::ceil((hi - lo) / step - 1e-9)));
            hi = lo + step * ticks;
            const qreal left = mm(16);
            const qreal right = width_ * 0.62;
            const qreal plot_top = y_ + small.lineSpacing() * 1.4;
            const qreal plot_bottom = y_ + box_h - small.lineSpacing() * 3.2;
            const auto y_of = [&](double v) {
                return plot_bottom - (plot_bottom - plot_top) * (v - lo) / (hi - lo);
            };
            text_line(qs(chart.title), head_, 0, y_ + small.ascent());
            for (int i = 0; i <= ticks; ++i) {
                const double v = lo + step * i;
                const qreal gy = y_of(v);
                painter_->setPen(QPen(std::abs(v) < step / 2 && lo < 0 ? QColor(150, 155, 160)
                                                                       : QColor(215, 220, 226),
                                      mm(0.15)));
                painter_->drawLine(QPointF(left, gy), QPointF(right, gy));
                const QString tick = QString::number(v, 'f', step < 1 ? 1 : 0);
                text_line(tick, note_font_, left - mm(1) - small.horizontalAdvance(tick),
                          gy + small.ascent() / 2, QColor(90, 90, 90));
            }
            const qreal band =
                (right - left) / static_cast<qreal>(std::max<std::size_t>(1, points));
            const auto x_of = [&](std::size_t i) {
                if (chart.bars || chart.waterfall) {
                    return left + band * (static_cast<qreal>(i) + 0.5);
                }
                return points <= 1 ? left
                                   : left + (right - left) * static_cast<qreal>(i) /
                                                static_cast<qreal>(points - 1);
            };
            qreal widest = small.horizontalAdvance(QStringLiteral("W00"));
            for (const auto& l : chart.labels) {
                widest = std::max(widest, small.horizontalAdvance(qs(l)));
            }
            const qreal label_room = widest * 1.15;
            const std::size_t every = std::max<std::size_t>(
                1, static_cast<std::size_t>(label_room * static_cast<qreal>(points) /
                                            std::max<qreal>(1, right - left)) +
                       1);
            for (std::size_t i = 0; i < chart.labels.size(); i += every) {
                const QString l = qs(chart.labels[i]);
                text_line(l, note_font_, x_of(i) - small.horizontalAdvance(l) / 2,
                          plot_bottom + small.lineSpacing() * 1.25, QColor(90, 90, 90));
            }
            static const QColor colours[] = {QColor(0x2b, 0x6c, 0xb0), QColor(0xd9, 0x6c, 0x1e),
                                             QColor(0x8a, 0x94, 0xa0), QColor(0x3c, 0x9d, 0x5d),
                                             QColor(0x8e, 0x5e, 0xa2), QColor(0xc0, 0x39, 0x2b)};
            // Lines keep the first colour for a dashed reference (a baseline) grey.
            const auto colour_of = [&](std::size_t k, bool dashed) {
                return dashed ? QColor(0x8a, 0x94, 0xa0) : colours[k % 6];
            };
            const std::size_t n = std::max<std::size_t>(1, chart.series.size());
            const qreal bar_w = band * 0.8 / static_cast<qreal>(n);
            qreal legend_x = left;
            for (std::size_t k = 0; k < chart.series.size(); ++k) {
                const auto& s = chart.series[k];
                const QColor colour = colour_of(k, s.dashed);
                if (chart.waterfall) {
                    for (std::size_t i = 0; i < spans.size(); ++i) {
                        const bool total = i < chart.totals.size() && chart.totals[i];
                        const QColor fill = total ? colours[0]
                                            : spans[i].second >= spans[i].first
                                                ? QColor(0x3c, 0x9d, 0x5d)
                                                : QColor(0xc0, 0x39, 0x2b);
                        const qreal x = left + band * (static_cast<qreal>(i) + 0.15);
                        const qreal y0 = y_of(spans[i].first);
                        const qreal y1 = y_of(spans[i].second);
                        painter_->fillRect(QRectF(QPointF(x, std::min(y0, y1)),
                                                  QPointF(x + band * 0.7, std::max(y0, y1))),
                                           fill);
                    }
                    break;  // one series; its colours say rise, fall and total (no legend)
                }
                if (chart.bars) {
                    for (std::size_t i = 0; i < s.values.size(); ++i) {
                        const qreal x = left + band * (static_cast<qreal>(i) + 0.1) +
                                        bar_w * static_cast<qreal>(k);
                        const qreal y0 = y_of(0);
                        const qreal y1 = y_of(s.values[i]);
                        painter_->fillRect(QRectF(QPointF(x, std::min(y0, y1)),
                                                  QPointF(x + bar_w * 0.92, std::max(y0, y1))),
                                           colour);
                    }
                } else {
                    QPen pen(colour, mm(s.dashed ? 0.3 : 0.45));
                    if (s.dashed) {
                        pen.setStyle(Qt::DashLine);
                    }
                    QPolygonF line;
                    for (std::size_t i = 0; i < s.values.size(); ++i) {
                        line << QPointF(x_of(i), y_of(s.values[i]));
                    }
                    painter_->setPen(pen);
                    painter_->drawPolyline(line);
                }
                const qreal ly = plot_bottom + small.lineSpacing() * 2.4;
                if (chart.bars) {
                    painter_->fillRect(
                        QRectF(legend_x, ly - small.ascent() * 0.75, mm(4), small.ascent() * 0.7),
                        colour);
                } else {
                    QPen pen(colour, mm(s.dashed ? 0.3 : 0.45));
                    if (s.dashed) {
                        pen.setStyle(Qt::DashLine);
                    }
                    painter_->setPen(pen);
                    painter_->drawLine(QPointF(legend_x, ly - small.ascent() / 3),
                                       QPointF(legend_x + mm(6), ly - small.ascent() / 3));
                }
                text_line(qs(s.name), note_font_, legend_x + mm(7), ly);
                legend_x += mm(9) + small.horizontalAdvance(qs(s.name)) + mm(6);
            }
        }
        y_ += box_h;
    }
    qreal bottom() const { return height_ - mm(9); }

    void text_line(const QString& text, const QFont& f, qreal x, qreal baseline,
                   const QColor& colour = Qt::black) {
        if (painter_ == nullptr) {
            return;
        }
        painter_->setFont(f);
        painter_->setPen(colour);
        painter_->drawText(QPointF(x, baseline), text);
    }

    // The widths of the columns, trying in turn at 8.5 pt down to 7 pt: every column as wide as
    // its widest cell and header; then headers wrapped after their underscores. Only when
    // neither fits do the columns of words wrap too, at the largest size where they can (to
    // 22 mm, or their header's widest piece); at 6 pt every column shrinks if it must.
    void fit_columns() {
        const std::size_t n = header_.size();
        const qreal reference = 8.5;
        const QFontMetricsF body(font(reference), &device_);
        const QFontMetricsF bold(font(reference, true), &device_);
        std::vector<qreal> natural(n, 0);       // nothing wraps
        std::vector<qreal> header_wraps(n, 0);  // the header wraps after underscores
        std::vector<qreal> least(n, 0);         // words wrap as well
        for (std::size_t i = 0; i < n; ++i) {
            qreal piece = 0;
            for (const QString& p : header_[i].split(u'_')) {
                piece = std::max(piece, bold.horizontalAdvance(p + u'_'));
            }
            qreal cells = 0;
            for (const auto& r : rows_) {
                if (i < r.size()) {
                    cells = std::max(cells, body.horizontalAdvance(qs(r[i])));
                }
            }
            // 2 % for rounding between the reference size and the one used.
            natural[i] = std::max(bold.horizontalAdvance(header_[i]), cells) * 1.02;
            header_wraps[i] = std::max(piece, cells) * 1.02;
            least[i] = right_[i] ? header_wraps[i]
                                 : std::max(piece * 1.02, std::min(header_wraps[i], mm(22)));
        }
        const auto sum = [](const std::vector<qreal>& v) {
            qreal s = 0;
            for (const qreal x : v) {
                s += x;
            }
            return s;
        };
        pad_x_ = mm(1.6);
        pad_y_ = mm(1.0);
        const qreal room = width_ - 2 * pad_x_ * static_cast<qreal>(n);
        // Widths between `wide` and `narrow` (at `points`) that fill `room`, each column giving
        // up room in proportion to what it can spare.
        const auto use = [&](qreal points, const std::vector<qreal>& wide,
                             const std::vector<qreal>& narrow) {
            const qreal k = points / reference;
            const qreal want = sum(wide) * k;
            const qreal need = sum(narrow) * k;
            const qreal spare = want - need;
            const qreal cut = want <= room ? 0
                              : spare > 0  ? std::min(1.0, (want - room) / spare)
                                           : 1;
            const qreal squeeze = need > room ? room / need : 1.0;
            const qreal extra =
                want < room && n > 0 ? std::min((room - want) / static_cast<qreal>(n), mm(10)) : 0;
            body_ = font(points);
            head_ = font(points, true);
            widths_.assign(n, 0);
            for (std::size_t i = 0; i < n; ++i) {
                widths_[i] =
                    (wide[i] - cut * (wide[i] - narrow[i])) * k * squeeze + 2 * pad_x_ + extra;
            }
        };
        const auto fits = [&](qreal points, const std::vector<qreal>& w) {
            return sum(w) * points / reference <= room;
        };
        note_font_ = font(8.5);
        for (const qreal points : {8.5, 8.0, 7.5, 7.0}) {
            if (fits(points, natural)) {
                use(points, natural, natural);
                return;
            }
            if (fits(points, header_wraps)) {
                use(points, natural, header_wraps);
                return;
            }
        }
        for (const qreal points : {8.5, 8.0, 7.5, 7.0, 6.5}) {
            if (fits(points, least)) {
                use(points, header_wraps, least);
                return;
            }
        }
        use(6.0, header_wraps, least);
    }

    std::vector<QString> cell_lines(const QString& text, std::size_t i, const QFont& f) const {
        if (right_[i]) {
            return {text};
        }
        return wrap(text, widths_[i] - 2 * pad_x_, QFontMetricsF(f, &device_));
    }

    qreal row_height(const std::vector<std::string>& row) const {
        const QFontMetricsF body(body_, &device_);
        std::size_t lines = 1;
        for (std::size_t i = 0; i < row.size() && i < widths_.size(); ++i) {
            if (!right_[i] && body.horizontalAdvance(qs(row[i])) > widths_[i] - 2 * pad_x_) {
                lines = std::max(lines, cell_lines(qs(row[i]), i, body_).size());
            }
        }
        return static_cast<qreal>(lines) * body.lineSpacing() + 2 * pad_y_;
    }

    void draw_cells(const std::vector<QString>& cells, const QFont& f, qreal h) {
        const QFontMetricsF fm(f, &device_);
        qreal x = 0;
        for (std::size_t i = 0; i < cells.size() && i < widths_.size(); ++i) {
            const std::vector<QString> lines = cell_lines(cells[i], i, f);
            qreal baseline = y_ + pad_y_ + fm.ascent();
            for (const QString& l : lines) {
                const qreal left =
                    right_[i] ? x + widths_[i] - pad_x_ - fm.horizontalAdvance(l) : x + pad_x_;
                text_line(l, f, left, baseline);
                baseline += fm.lineSpacing();
            }
            x += widths_[i];
        }
        y_ += h;
    }

    qreal table_width() const {
        qreal w = 0;
        for (const qreal c : widths_) {
            w += c;
        }
        return std::min(w, width_);
    }

    void draw_header_row() {
        const QFontMetricsF fm(head_, &device_);
        std::size_t lines = 1;
        for (std::size_t i = 0; i < header_.size(); ++i) {
            // Figures' headers wrap too (after underscores) when the column is narrower.
            lines = std::max(lines, wrap(header_[i], widths_[i] - 2 * pad_x_, fm).size());
        }
        const qreal h = static_cast<qreal>(lines) * fm.lineSpacing() + 2 * pad_y_;
        if (painter_ != nullptr) {
            painter_->fillRect(QRectF(0, y_, table_width(), h), QColor(226, 232, 240));
            painter_->setPen(QPen(QColor(120, 130, 145), mm(0.25)));
            painter_->drawLine(QPointF(0, y_ + h), QPointF(table_width(), y_ + h));
        }
        draw_header_cells(h);
    }

    void draw_header_cells(qreal h) {
        const QFontMetricsF fm(head_, &device_);
        qreal x = 0;
        for (std::size_t i = 0; i < header_.size(); ++i) {
            const std::vector<QString> lines = wrap(header_[i], widths_[i] - 2 * pad_x_, fm);
            qreal baseline = y_ + pad_y_ + fm.ascent();
            for (const QString& l : lines) {
                const qreal left =
                    right_[i] ? x + widths_[i] - pad_x_ - fm.horizontalAdvance(l) : x + pad_x_;
                text_line(l, head_, left, baseline);
                baseline += fm.lineSpacing();
            }
            x += widths_[i];
        }
        y_ += h;
    }

    void draw_row(const std::vector<std::string>& row, qreal h, bool shaded, bool bold) {
        if (painter_ != nullptr && shaded) {
            painter_->fillRect(QRectF(0, y_, table_width(), h), QColor(244, 246, 249));
        }
        std::vector<QString> cells;
        cells.reserve(row.size());
        for (const auto& c : row) {
            cells.push_back(qs(c));
        }
        draw_cells(cells, bold ? head_ : body_, h);
    }

    void start_page() {
        ++page_;
        y_ = 0;
        const QFontMetricsF meta(font(8.5), &device_);
        if (page_ == 1) {
            const QFontMetricsF title(font(15, true), &device_);
            text_line(qs(info_.title), font(15, true), 0, title.ascent());
            y_ = title.lineSpacing() + mm(1.5);
            std::string filters = "Filters: ";
            for (std::size_t i = 0; i < info_.filters.size(); ++i) {
                filters += (i == 0 ? "" : ", ") + info_.filters[i];
            }
            if (info_.filters.empty()) {
                filters += "none";
            }
            for (const std::string& text : {filters, info_.generated}) {
                for (const QString& l : wrap(qs(text), width_, meta)) {
                    text_line(l, font(8.5), 0, y_ + meta.ascent(), QColor(70, 70, 70));
                    y_ += meta.lineSpacing();
                }
            }
            y_ += mm(4);
        } else {
            text_line(qs(info_.title) + QStringLiteral(" (continued)"), font(8.5, true), 0,
                      meta.ascent(), QColor(70, 70, 70));
            y_ = meta.lineSpacing() + mm(2.5);
        }
    }

    void draw_footer() {
        if (painter_ == nullptr) {
            return;
        }
        const QFont f = font(7.5);
        const QFontMetricsF fm(f, &device_);
        const qreal top = height_ - mm(6);
        painter_->setPen(QPen(QColor(170, 170, 170), mm(0.2)));
        painter_->drawLine(QPointF(0, top), QPointF(width_, top));
        const qreal baseline = top + mm(1.5) + fm.ascent();
        text_line(qs(info_.footer), f, 0, baseline, QColor(90, 90, 90));
        const QString number = QStringLiteral("Page %1 of %2").arg(page_).arg(page_count_);
        text_line(number, f, width_ - fm.horizontalAdvance(number), baseline, QColor(90, 90, 90));
    }

    void next_page() {
        draw_footer();
        if (painter_ != nullptr) {
            device_.newPage();
        }
        start_page();
    }

    QPagedPaintDevice& device_;
    const PdfReportInfo& info_;
    const std::vector<std::vector<std::string>>& rows_;
    const std::vector<std::string>& notes_;
    std::vector<QString> header_;
    std::vector<bool> right_;
    std::vector<qreal> widths_;
    QFont body_;
    QFont head_;
    QFont note_font_;
    qreal width_ = 0;
    qreal height_ = 0;
    qreal pad_x_ = 0;
    qreal pad_y_ = 0;
    qreal y_ = 0;
    int page_ = 0;
    int page_count_ = 0;
    QPainter* painter_ = nullptr;
};

}  // namespace pdf_detail

void paint_report(QPagedPaintDevice& device, const PdfReportInfo& info,
                  const std::vector<std::string>& header,
                  const std::vector<std::vector<std::string>>& rows,
                  const std::vector<bool>& is_text, const std::vector<std::string>& notes) {
    pdf_detail::Renderer renderer(device, info, header, rows, is_text, notes);
    const int pages = renderer.run(nullptr, 0);
    QPainter painter;
    if (!painter.begin(&device)) {
        throw UserError("cannot draw the report on this device");
    }
    renderer.run(&painter, pages);
    painter.end();
}

std::string render_pdf(const PdfReportInfo& info, const std::vector<std::string>& header,
                       const std::vector<std::vector<std::string>>& rows,
                       const std::vector<bool>& is_text, const std::vector<std::string>& notes) {
    pdf_detail::ensure_gui_application();
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(12, 10, 12, 8), QPageLayout::Millimeter));
        writer.setTitle(pdf_detail::qs(info.title));
        writer.setCreator(QStringLiteral("Uplift"));
        paint_report(writer, info, header, rows, is_text, notes);
    }
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

}  // namespace uplift::report_export
