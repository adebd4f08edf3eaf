PyodideWorker.start();
