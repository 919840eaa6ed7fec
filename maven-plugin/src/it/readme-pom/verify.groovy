// The README's pom generated Point, compiled it with the user's class, and packaged the jar.
def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/generated-sources/structview/com/example/geo/Point.java').isFile()
assert new File(basedir, 'target/classes/com/example/geo/Point.class').isFile()
assert new File(basedir, 'target/classes/com/example/app/Main.class').isFile()
assert new File(basedir, 'target/app-1.0-SNAPSHOT.jar').isFile()
assert log.contains('BUILD SUCCESS')
return true
