;; GIMP in batch mode as an independent reader of the exports (Script-Fu, GIMP 2.10).
;
; parallax-read-layers opens a layered file (PSD; ORA where GIMP has a loader for it) with GIMP's own loader
; and writes what GIMP made of it into the folder OUT:
;   layers.txt  one tab-separated line per layer, top first: name, x and y offsets, width, height, has-alpha,
;               layer mode, opacity
;   layer-K.png each layer as GIMP holds it (K from 1 at the top)
;   merged.png  the visible layers merged at image size, as GIMP composites them
;
;   gimp -i -d -f -n -b '(begin (load "gimp-read-layers.scm") (parallax-read-layers "IN.psd" "OUT"))' \
;        -b '(gimp-quit 0)'
; (one -b: what a batch command defines is gone by the next one)
(define (parallax-save-png image drawable file)
  ; no interlace, compression 9, no bKGD/gAMA/oFFs/pHYs/tIME/comment; keep the colour under transparent pixels
  (file-png-save2 RUN-NONINTERACTIVE image drawable file file 0 9 0 0 0 0 0 0 1))

(define (parallax-read-layers file out)
  (let* ((image (car (gimp-file-load RUN-NONINTERACTIVE file file)))
         (layers (vector->list (cadr (gimp-image-get-layers image))))
         (port (open-output-file (string-append out "/layers.txt")))
         (k 0))
    (for-each
      (lambda (layer)
        (let ((offsets (gimp-drawable-offsets layer))
              (tab (string #\tab)))
          (set! k (+ k 1))
          (display (car (gimp-item-get-name layer)) port)
          (for-each (lambda (value) (display tab port) (display value port))
                    (list (car offsets) (cadr offsets)
                          (car (gimp-drawable-width layer)) (car (gimp-drawable-height layer))
                          (car (gimp-drawable-has-alpha layer)) (car (gimp-layer-get-mode layer))
                          (car (gimp-layer-get-opacity layer))))
          (newline port)
          (parallax-save-png image layer (string-append out "/layer-" (number->string k) ".png"))))
      layers)
    (close-output-port port)
    (parallax-save-png image (car (gimp-image-merge-visible-layers image CLIP-TO-IMAGE))
                       (string-append out "/merged.png"))
    (gimp-image-delete image)))

; Writes to FILE the names of the procedures matching NAME (a regular expression), one a line: whether a loader
; (file-psd-load, file-openraster-load) is installed.
(define (parallax-procedures name file)
  (let ((port (open-output-file file)))
    (for-each (lambda (found) (display found port) (newline port))
              (cadr (gimp-procedural-db-query name "" "" "" "" "" "")))
    (close-output-port port)))
