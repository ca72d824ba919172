// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "kiosk-shell/lockoutstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ck {

LockoutStore::LockoutStore(QString filePath)
    : m_filePath(std::move(filePath))
{ }

LockoutStore::State LockoutStore::load(int threshold) const
{
    State state;
    QFile file(m_filePath);
    if (!file.exists())
        return state;
    if (!file.open(QIODevice::ReadOnly)) {
        state.failures = threshold;
        state.recoveredFromDamage = true;
        return state;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(4096), &error);
    const QJsonObject obj = doc.object();
    const bool valid = error.error == QJsonParseError::NoError && doc.isObject()
        && obj.value(QLatin1String("failures")).isDouble()
        && obj.value(QLatin1String("lockedUntilMs")).isDouble();
    if (!valid) {
        state.failures = threshold;
        state.recoveredFromDamage = true;
        return state;
    }
    state.failures = qMax(0, obj.value(QLatin1String("failures")).toInt());
    state.lockedUntilMs =
        qMax<qint64>(0, qint64(obj.value(QLatin1String("lockedUntilMs")).toDouble()));
    return state;
}

Status LockoutStore::save(const State &state) const
{
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::failure(QStringLiteral("lockout.write"),
                               QCoreApplication::translate(
                                   "LockoutStore", "The admin lock state could not be saved."));
    }
    QJsonObject obj;
    obj.insert(QLatin1String("schema"), 1);
    obj.insert(QLatin1String("failures"), state.failures);
    obj.insert(QLatin1String("lockedUntilMs"), double(state.lockedUntilMs));
    file.write(QJsonDocument(obj).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        return Status::failure(QStringLiteral("lockout.write"),
                               QCoreApplication::translate(
                                   "LockoutStore", "The admin lock state could not be saved."));
    }
    return Status::success();
}

} // namespace ck
