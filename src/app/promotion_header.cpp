#include "promotion_header.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "promotion_status_style.h"

namespace uplift::app {

namespace {

QString period(const QDate& from, const QDate& to) {
    return PromotionHeader::tr("%1 – %2 (%3, %4 days)")
        .arg(QLocale().toString(from, QLocale::ShortFormat),
             QLocale().toString(to, QLocale::ShortFormat),
             PromotionHeader::tr("W%1").arg(from.weekNumber()))
        .arg(from.daysTo(to) + 1);
}

}  // namespace

PromotionHeader::PromotionHeader(QWidget* parent)
    : QWidget(parent),
      title_(new QLabel(this)),
      status_(new QLabel(this)),
      campaign_(new QLabel(this)),
      account_(new QLabel(this)),
      inStore_(new QLabel(this)),
      ship_(new QLabel(this)),
      actions_(new QHBoxLayout) {
    setObjectName(QStringLiteral("promotionHeader"));
    title_->setObjectName(QStringLiteral("promotionTitle"));
    status_->setObjectName(QStringLiteral("promotionStatusBadge"));
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title_->setFont(big);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(title_);
    top->addWidget(status_);
    top->addStretch(1);
    top->addLayout(actions_);
    actions_->setSpacing(6);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    const auto caption = [this](const QString& text) {
        auto* l = new QLabel(text, this);
        l->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
        return l;
    };
    grid->addWidget(caption(tr("Campaign")), 0, 0);
    grid->addWidget(campaign_, 0, 1);
    grid->addWidget(caption(tr("Account")), 1, 0);
    grid->addWidget(account_, 1, 1);
    grid->addWidget(caption(tr("In store")), 0, 2);
    grid->addWidget(inStore_, 0, 3);
    grid->addWidget(caption(tr("Ship")), 1, 2);
    grid->addWidget(ship_, 1, 3);
    grid->setColumnMinimumWidth(1, 220);
    grid->setColumnStretch(4, 1);
    inStore_->setObjectName(QStringLiteral("promotionInStore"));
    account_->setObjectName(QStringLiteral("promotionAccount"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addLayout(grid);
}

void PromotionHeader::display(const CatalogEntry& e, const std::vector<ActionOffer>& offers) {
    title_->setText(e.name.isEmpty() || e.name == e.code
                        ? e.code
                        : QStringLiteral("%1 — %2").arg(e.code, e.name));
    const QColor fill = PromotionStatusStyle::color(e.shown);
    const QColor ink = PromotionStatusStyle::textColor(e.shown);
    status_->setText(PromotionStatusStyle::name(e.shown));
    status_->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px;"
                                          " padding: 2px 10px; font-weight: bold; }")
                               .arg(fill.name(), ink.name()));
    campaign_->setText(e.campaign.isEmpty() ? tr("(none)") : e.campaign);
    account_->setText(
        e.accountName.isEmpty()
            ? e.account
            : QStringLiteral("%1 — %2 (%3)").arg(e.account, e.accountName, e.channel));
    inStore_->setText(period(e.start, e.end));
    ship_->setText(period(e.shipStart, e.shipEnd));

    for (QPushButton* b : buttons_) {
        actions_->removeWidget(b);
        delete b;
    }
    buttons_.clear();
    for (const ActionOffer& offer : offers) {
        auto* b = new QPushButton(PromotionStatusStyle::actionName(offer.action), this);
        b->setObjectName(QStringLiteral("promotionAction_%1")
                             .arg(QString::fromStdString(promotion_action_name(offer.action))));
        b->setProperty("promotionAction", static_cast<int>(offer.action));
        b->setEnabled(offer.allowed);
        b->setToolTip(offer.refusal);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this,
                [this, action = offer.action] { emit actionTriggered(action); });
        actions_->addWidget(b);
        buttons_.push_back(b);
    }
}

QPushButton* PromotionHeader::actionButton(PromotionAction action) const {
    for (QPushButton* b : buttons_) {
        if (b->property("promotionAction").toInt() == static_cast<int>(action)) {
            return b;
        }
    }
    return nullptr;
}

}  // namespace uplift::app
