#!/usr/bin/env bash
# Builds the app image for the machine it runs on (called by `mvn package`, see pom.xml):
#   target/dist/moons-lab/                       jpackage app image: a jlink'd runtime, the app's jars, an AppCDS archive
#                                                (bin/make-cds remakes the archive after the image moves)
#   target/dist/moons-lab-<version>-<os>-<arch>.tar.gz   that image
#   target/dist/moons-lab_<version>-1_<arch>.deb  where dpkg-deb is present (MOONS_SKIP_DEB=1 skips it)
# Usage: build-image.sh TARGET_DIR APP_JAR VERSION MAIN_CLASS RUNTIME_CLASS_PATH
set -euo pipefail
target=$1 app_jar=$2 version=$3 main_class=$4 class_path=$5
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=image.conf
source "$here/image.conf"

work="$target/package"
dist="$target/dist"
os="$(uname -s | tr '[:upper:]' '[:lower:]')"
arch="$(uname -m)"
app_version="${version%%-*}"   # jpackage wants numbers only: 0.1.0-SNAPSHOT -> 0.1.0
rm -rf "$work" "$dist/$IMAGE_NAME" "$dist"/*.tar.gz "$dist"/*.deb
mkdir -p "$work/input" "$dist"

# the class path for bin/moons-lab's run from target/classes
printf '%s\n' "$class_path" | tr ':' '\n' | grep '\.jar$' | paste -sd: - > "$target/classpath.txt"

# the app's jar and every runtime jar (the class path Maven resolved, minus target/classes)
cp "$target/$app_jar" "$work/input/"
IFS=':' read -r -a entries <<< "$class_path"
for entry in "${entries[@]}"; do
  if [[ "$entry" == *.jar ]]; then cp "$entry" "$work/input/"; fi
done

echo "[image] jlink runtime: $RUNTIME_MODULES"
jlink --add-modules "$RUNTIME_MODULES" --strip-debug --no-header-files --no-man-pages \
  --output "$work/runtime"

echo "[image] jpackage app image"
# ArchiveRelocationMode=0: map the AppCDS archive at the address it was dumped for instead of always relocating it
# (this JDK 17 build's default, for address-space randomisation), which costs ~200 ms of every start (JVM "Genesis"
# 5 ms instead of ~200 ms, -Xlog:startuptime); when that address is taken the JVM still relocates, so nothing fails.
java_options=()
for option in $JAVA_OPTIONS; do java_options+=(--java-options "$option"); done
jpackage --type app-image --name "$IMAGE_NAME" --app-version "$app_version" --dest "$dist" \
  --input "$work/input" --main-jar "$app_jar" --main-class "$main_class" \
  --runtime-image "$work/runtime" "${java_options[@]}" \
  --java-options "-XX:SharedArchiveFile=\$APPDIR/$CDS_ARCHIVE" --java-options "-Xshare:auto" \
  --java-options "-XX:+UnlockDiagnosticVMOptions" --java-options "-XX:ArchiveRelocationMode=0"

# bin/moons-lab: the shell launcher (see its header) with the flags and the class path, in jpackage's order, that
# jpackage wrote into lib/app/moons-lab.cfg for its native launcher
image_class_path=$(sed -n 's|^app\.classpath=\$APPDIR/|$app/lib/app/|p' "$dist/$IMAGE_NAME/lib/app/$IMAGE_NAME.cfg" | paste -sd: -)
sed -e "s|@APP_VERSION@|$app_version|" -e "s|@IMAGE_NAME@|$IMAGE_NAME|" -e "s|@JAVA_OPTIONS@|$JAVA_OPTIONS|" \
  -e "s|@CDS_ARCHIVE@|$CDS_ARCHIVE|" -e "s|@CLASS_PATH@|$image_class_path|" -e "s|@MAIN_CLASS@|$main_class|" \
  "$here/launcher" > "$dist/$IMAGE_NAME/bin/$IMAGE_NAME"
chmod 755 "$dist/$IMAGE_NAME/bin/$IMAGE_NAME"
cp "$here/make-cds" "$dist/$IMAGE_NAME/bin/"
"$here/record-classes.sh" "$dist/$IMAGE_NAME" "$work/cds"

# the .deb before the archive: its postinst dumps one for /opt/moons-lab, where the package puts the image
if command -v dpkg-deb >/dev/null 2>&1 && command -v fakeroot >/dev/null 2>&1 && [[ "${MOONS_SKIP_DEB:-0}" != 1 ]]; then
  echo "[image] deb"
  jpackage --type deb --app-image "$dist/$IMAGE_NAME" --name "$IMAGE_NAME" --app-version "$app_version" \
    --dest "$dist" --resource-dir "$here/deb" \
    --description "Gradient descent with a fixed learning rate vs backtracking line search, on two moons."
fi

echo "[image] tar.gz (without the archive: it names this folder's paths; bin/make-cds makes one where unpacked)"
tar -C "$dist" --exclude "$IMAGE_NAME/lib/app/$CDS_ARCHIVE" \
  -czf "$dist/$IMAGE_NAME-$version-$os-$arch.tar.gz" "$IMAGE_NAME"

echo "[image] AppCDS archive for target/dist/$IMAGE_NAME"
"$dist/$IMAGE_NAME/bin/make-cds"
du -sh "$dist/$IMAGE_NAME" "$dist"/*.tar.gz "$dist"/*.deb 2>/dev/null || true
