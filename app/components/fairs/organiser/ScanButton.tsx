// The door's "scan" button: reads a ticket's QR code with the camera through the browser's
// BarcodeDetector, puts the code in the form's code field and sends the form. Progressive: it shows
// only once the page's script runs in a browser that has BarcodeDetector and a camera; everywhere
// else the code is typed (the form works without it).
import { Button, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useHydrated } from '#app/components/use-hydrated.ts';
import { useT } from '#app/i18n/use-t.ts';

/** The part of the Barcode Detection API used here (not yet in TypeScript's DOM types). */
type Detector = { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> };
type DetectorConstructor = {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats?: () => Promise<string[]>;
};

function detectorClass(): DetectorConstructor | null {
  if (typeof window === 'undefined' || !navigator.mediaDevices?.getUserMedia) return null;
  return (window as unknown as { BarcodeDetector?: DetectorConstructor }).BarcodeDetector ?? null;
}

/** The ticket code in what a QR code holds: the code itself, or a link carrying it (`?code=`). */
export function codeFromScan(raw: string) {
  const text = raw.trim();
  try {
    const url = new URL(text);
    return url.searchParams.get('code') ?? url.pathname.split('/').filter(Boolean).at(-1) ?? text;
  } catch {
    return text;
  }
}

/** Milliseconds between two looks at the camera picture. */
const lookEveryMs = 250;

export function ScanButton({ field }: { field: string }) {
  const t = useT();
  // Known only in the browser, once the page's script runs (the server renders no button).
  const supported = useHydrated() && detectorClass() !== null;
  const [scanning, setScanning] = useState(false);
  const [failed, setFailed] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const video = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    if (!scanning) return;
    const Barcode = detectorClass();
    let stopped = false;
    let timer = 0;
    let stream: MediaStream | null = null;
    const send = (code: string) => {
      const form = button.current?.form;
      const input = form?.elements.namedItem(field);
      if (!form || !(input instanceof HTMLInputElement)) return;
      input.value = code;
      form.requestSubmit();
    };
    const start = async () => {
      if (!Barcode) throw new Error('no BarcodeDetector');
      const formats = (await Barcode.getSupportedFormats?.()) ?? ['qr_code'];
      if (!formats.includes('qr_code')) throw new Error('no QR codes');
      const detector = new Barcode({ formats: ['qr_code'] });
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      const screen = video.current;
      if (stopped || !screen) return;
      screen.srcObject = stream;
      await screen.play();
      const look = async () => {
        if (stopped) return;
        const found = await detector.detect(screen).catch(() => []);
        if (found[0]?.rawValue) {
          setScanning(false);
          send(codeFromScan(found[0].rawValue));
          return;
        }
        timer = window.setTimeout(() => void look(), lookEveryMs);
      };
      await look();
    };
    start().catch(() => {
      if (stopped) return;
      setFailed(true);
      setScanning(false);
    });
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [scanning, field]);

  if (!supported) return null;
  return (
    <Stack gap="xs">
      <div>
        <Button
          ref={button}
          type="button"
          variant="default"
          onClick={() => {
            setFailed(false);
            setScanning((on) => !on);
          }}
          aria-pressed={scanning}
        >
          {scanning ? t('fairOrg.door.scanStop') : t('fairOrg.door.scan')}
        </Button>
      </div>
      {scanning ? (
        <>
          <Text size="sm" role="status">
            {t('fairOrg.door.scanHelp')}
          </Text>
          <video ref={video} muted playsInline aria-label={t('fairOrg.door.scanVideo')} style={{ width: '100%', maxWidth: 360 }} />
        </>
      ) : null}
      {failed ? (
        <Text size="sm" c="red.9" role="alert">
          {t('fairOrg.door.scanFailed')}
        </Text>
      ) : null}
    </Stack>
  );
}
