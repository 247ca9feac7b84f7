"use client";

// The edit's images and its mask, which belongs to the base: a new base starts a new mask.
import { useCallback, useReducer, useState } from "react";
import { maskReducer } from "@/lib/canvas/reducer";
import { MAX_IMAGES } from "@/lib/edits/limits";
import { readUpload, release, storedImage, type EditImage } from "./edit-images";
import type { EditDraft } from "./edit-state-cache";

export type Source = { imageId: string; width: number; height: number; name: string };

/** `start`: the images and mask the page opens with (see starting-edit.ts). */
export function useEditImages(start: Pick<EditDraft, "images" | "mask">) {
  const [images, setImages] = useState<EditImage[]>(start.images);
  const [mask, dispatch] = useReducer(maskReducer, start.mask);
  const [notice, setNotice] = useState<string | null>(null);

  const setBase = useCallback((img: EditImage) => {
    setImages((list) => {
      if (list[0]) release(list[0]);
      return [img, ...list.slice(1)];
    });
    dispatch({ type: "reset", width: img.width, height: img.height });
    setNotice(null);
  }, []);

  const openFile = useCallback(
    async (file: File) => {
      try {
        setBase(await readUpload(file));
      } catch (err) {
        setNotice((err as Error).message);
      }
    },
    [setBase],
  );

  const addReferences = useCallback(async (files: File[]) => {
    const added: EditImage[] = [];
    for (const file of files) {
      try {
        added.push(await readUpload(file));
      } catch (err) {
        setNotice((err as Error).message);
      }
    }
    setImages((list) => {
      const room = MAX_IMAGES - list.length;
      if (added.length > room) setNotice(`An edit takes at most ${MAX_IMAGES} images; ${added.length - room} were not added.`);
      return [...list, ...added.slice(0, Math.max(0, room))];
    });
  }, []);

  const addStored = useCallback((img: Source) => {
    setImages((list) => (list.length >= MAX_IMAGES ? list : [...list, storedImage(img)]));
  }, []);

  const move = useCallback((from: number, to: number) => {
    // The base stays first: the mask is drawn on it.
    if (from < 1 || to < 1) return;
    setImages((list) => {
      if (to >= list.length) return list;
      const next = list.slice();
      const [moved] = next.splice(from, 1);
      next.splice(to, 0, moved!);
      return next;
    });
  }, []);

  const remove = useCallback((index: number) => {
    if (index < 1) return;
    setImages((list) => {
      if (list[index]) release(list[index]);
      return list.filter((_, i) => i !== index);
    });
  }, []);

  return { images, mask, dispatch, notice, setNotice, setBase, openFile, addReferences, addStored, move, remove };
}
