// After the second run: nothing regenerated, no file in target touched, and the log says so.
def target = new File(basedir, 'target')
def stamps = new Properties()
new File(basedir, 'mtimes-after-run-1.properties').withInputStream { stamps.load(it) }
def now = [:]
target.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    now[target.toPath().relativize(f.toPath()).toString()] = String.valueOf(f.lastModified())
}
assert now == stamps : "files changed by the up-to-date run: before $stamps, after $now"
def runs = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects/)
assert runs.length >= 3 : 'expected two runs in build.log'
assert runs[1].contains('StructView: generated sources from 2 schema(s) into target/generated-sources/structview')
assert runs[2].contains('StructView: 2 schema(s) up to date, nothing to generate')
assert !runs[2].contains('generated sources from')
return true
