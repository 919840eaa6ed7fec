// After the first run: remember the generated files' and state file's modification times.
def target = new File(basedir, 'target')
def stamps = new Properties()
target.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    stamps.setProperty(target.toPath().relativize(f.toPath()).toString(), String.valueOf(f.lastModified()))
}
assert stamps.keySet().any { it.endsWith('Frame.java') } && stamps.keySet().any { it.endsWith('Legacy.java') }
new File(basedir, 'mtimes-after-run-1.properties').withOutputStream { stamps.store(it, null) }
// Make any rewrite in run 2 visible even on file systems with coarse timestamps.
Thread.sleep(1100)
return true
