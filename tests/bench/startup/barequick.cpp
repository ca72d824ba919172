// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
// The baseline for bench-startup: the smallest Qt Quick window of the kiosk's size (a
// rectangle and one line of text), reporting its first frame the same way civic-kiosk does:
// from the render thread as the frame is swapped.
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QGuiApplication app(argc, argv);
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData(QByteArrayLiteral(R"qml(
import QtQuick
Window {
    width: 1280; height: 1024; visible: true; color: "white"
    Text { anchors.centerIn: parent; text: "Welcome"; font.pixelSize: 48 }
}
)qml"),
                      QUrl(QStringLiteral("bare.qml")));
    std::unique_ptr<QObject> root(component.create());
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    if (!window) {
        std::fprintf(stderr, "bench-bare-qtquick: %s\n", qPrintable(component.errorString()));
        return 1;
    }
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [&sinceStart] {
            std::printf("first-frame-ms=%lld\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QMetaObject::invokeMethod(qApp, [] { QCoreApplication::exit(0); });
        },
        Qt::ConnectionType(Qt::DirectConnection | Qt::SingleShotConnection));
    return app.exec();
}
