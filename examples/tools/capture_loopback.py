"""Sends UDP and TCP traffic over the loopback interface for make_data.sh to capture (fixed ports)."""
import socket, threading, time
# UDP request/response on 9053
srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); srv.bind(('127.0.0.1', 9053))
cli = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); cli.bind(('127.0.0.1', 40001))
for i in range(3):
    cli.sendto(b'query %d example.org' % i, ('127.0.0.1', 9053))
    data, addr = srv.recvfrom(2048)
    srv.sendto(b'answer ' + data + b' 93.184.215.14', addr)
    cli.recvfrom(2048)
# one-way UDP stream to 127.0.0.2:5005, payloads of 100..500 bytes
sink = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); sink.bind(('127.0.0.2', 5005))
tx = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); tx.bind(('127.0.0.1', 40002))
for i in range(5):
    tx.sendto(bytes(100 * (i + 1)), ('127.0.0.2', 5005)); sink.recvfrom(4096)
# a small TCP exchange on 8080
ls = socket.socket(); ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); ls.bind(('127.0.0.1', 8080)); ls.listen()
def serve():
    c, _ = ls.accept(); c.recv(1024); c.sendall(b'HTTP/1.0 200 OK\r\nContent-Length: 5\r\n\r\nhello'); c.close()
t = threading.Thread(target=serve); t.start()
c = socket.socket(); c.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); c.bind(('127.0.0.1', 40003)); c.connect(('127.0.0.1', 8080))
c.sendall(b'GET / HTTP/1.0\r\n\r\n')
while c.recv(1024): pass
c.close(); t.join()
time.sleep(0.5)
