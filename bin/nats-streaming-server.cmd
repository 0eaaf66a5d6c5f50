@echo off
rem Runs jstan as nats-streaming-server on Windows; takes upstream's flags.
setlocal

set "here=%~dp0"
for %%i in ("%here%..") do set "root=%%~fi"
set "jar=%root%\server\target\nats-streaming-server.jar"
set "archive=%root%\server\target\nats-streaming-server.jsa"

if not exist "%jar%" (
    echo nats-streaming-server: %jar% not found; build it first with: mvn -B package -DskipTests 1>&2
    exit /b 1
)

rem The class-data-sharing archive written at package time; the JVM checks it matches the jar
rem and silently does without it otherwise.
set "cds="
if exist "%archive%" set "cds=-XX:SharedArchiveFile=%archive%"

rem Same JVM options as the bash launcher: JVM warnings on stderr, stdout for -h and -v only.
rem JAVA_OPTS come last, so they override these. Ctrl+C reaches the JVM: graceful shutdown, status 0.
java -XX:-UsePerfData -Xlog:disable -Xlog:all=warning:stderr %cds% %JAVA_OPTS% -jar "%jar%" %*
exit /b %ERRORLEVEL%
